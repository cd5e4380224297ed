import type { ParsedMail } from 'mailparser';

const ROBOT_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?)([+@.-]|$)/i;

/**
 * Why a message is machine-made (RFC 3834 Auto-Submitted, bounces with an
 * empty envelope sender, list and bulk mail, out-of-office replies), or null.
 * Such mail is kept but never answered and never becomes a ticket: answering
 * it would start a loop of automatic replies.
 */
export function automaticMailReason(parsed: Pick<ParsedMail, 'headers' | 'from'>, envelopeFrom: string | null): string | null {
  const header = (name: string) => {
    const value = parsed.headers.get(name);
    return typeof value === 'string' ? value.trim().toLowerCase() : value === undefined ? null : JSON.stringify(value).toLowerCase();
  };
  const autoSubmitted = header('auto-submitted');
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return `Auto-Submitted: ${autoSubmitted}`;
  if (envelopeFrom === '') return 'empty envelope sender (a delivery status notification)';
  const precedence = header('precedence');
  if (precedence && /bulk|junk|list|auto_reply/.test(precedence)) return `Precedence: ${precedence}`;
  for (const name of ['x-autoreply', 'x-autorespond']) {
    const value = header(name);
    if (value) return `${name}: ${value}`;
  }
  if (header('list-id') || header('list-unsubscribe')) return 'mailing list message';
  const contentType = header('content-type');
  if (contentType?.includes('multipart/report')) return 'delivery or read report';
  const from = parsed.from?.value[0]?.address ?? envelopeFrom ?? '';
  if (ROBOT_SENDER.test(from)) return `sent by ${from}`;
  return null;
}
