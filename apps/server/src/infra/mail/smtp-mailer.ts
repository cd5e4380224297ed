import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { MailDeliveryError, type MailReceipt, type Mailer, type OutgoingMail } from './mailer.js';

/**
 * Connection settings added to SMTP_URL unless it names them itself (any
 * nodemailer SMTP option may be given as a query parameter, e.g.
 * `smtp://user:pass@mail.example.ru:587?requireTLS=true&socketTimeout=60000`).
 * Every timeout stays well under the outbox lease (60 s), so a sender gives up
 * before another process may take the same message over.
 */
export const SMTP_DEFAULTS: Readonly<Record<string, string>> = {
  pool: 'true',
  maxConnections: '3',
  maxMessages: '100',
  connectionTimeout: '10000',
  greetingTimeout: '10000',
  socketTimeout: '30000',
  dnsTimeout: '10000',
};

/** Production mail: nodemailer's pooled SMTP transport over SMTP_URL. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;
  /** Where mail goes, without credentials: safe for logs and error messages. */
  readonly server: string;

  constructor(smtpUrl: string) {
    const url = parseSmtpUrl(smtpUrl);
    for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
      if (!url.searchParams.has(key)) url.searchParams.set(key, value);
    }
    this.server = `${url.protocol}//${url.host}`;
    this.transport = nodemailer.createTransport(url.toString());
  }

  async send(mail: OutgoingMail): Promise<MailReceipt> {
    let info: SMTPTransport.SentMessageInfo;
    try {
      info = await this.transport.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        messageId: mail.messageId,
        ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
        ...(mail.references?.length ? { references: [...mail.references] } : {}),
        // RFC 3834: an automatic message; auto-responders should not answer it.
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      throw describeSmtpError(error, this.server);
    }
    const rejected = info.rejected.map(String);
    if (info.accepted.length === 0 || rejected.length > 0) {
      throw new MailDeliveryError(`${this.server} did not accept ${mail.to}: ${info.response || 'no reason given'}`, false);
    }
    return { accepted: true, response: info.response };
  }

  close(): void {
    this.transport.close();
  }
}

function parseSmtpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error('SMTP_URL is not a URL (expected smtp://user:pass@host:port or smtps://…)');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
  }
  if (!url.hostname) throw new Error('SMTP_URL names no host');
  return url;
}

interface NodemailerError {
  message?: string;
  code?: string;
  response?: string;
  responseCode?: number;
  command?: string;
}

/**
 * Turns a nodemailer failure into a sentence an admin can act on. A 5xx reply
 * to the recipient or the message is permanent (RFC 5321: do not repeat the
 * same request); everything else — 4xx, timeouts, refused connections, a
 * rejected login or sender (our own configuration) — may work later.
 */
export function describeSmtpError(error: unknown, server: string): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const e = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as NodemailerError;
  const code = e.responseCode ?? null;
  const reply = e.response?.trim();
  const step = e.command && e.command !== 'API' && e.command !== 'CONN' ? ` at ${e.command}` : '';
  let message: string;
  if (e.code === 'EAUTH') {
    message = `${server} did not accept our login (check the credentials in SMTP_URL)${step}: ${reply ?? e.message ?? 'no reason given'}`;
  } else if (reply && code) {
    const kind = code >= 500 ? 'refused' : code >= 400 ? 'temporarily refused' : 'answered unexpectedly';
    message = `${server} ${kind} the message${step}: ${reply}`;
  } else if (e.code === 'ETIMEDOUT' || /timeout/i.test(e.message ?? '')) {
    message = `${server} did not answer in time${step}: ${e.message ?? 'timeout'}`;
  } else if (e.code === 'ECONNECTION' || e.code === 'ESOCKET' || e.code === 'EDNS') {
    message = `could not talk to ${server}${step}: ${e.message ?? e.code}`;
  } else {
    message = `sending through ${server} failed${step}: ${e.message ?? 'unknown error'}${e.code ? ` (${e.code})` : ''}`;
  }
  const permanent = code !== null && code >= 500 && (e.command === 'RCPT TO' || e.command === 'DATA');
  return new MailDeliveryError(message, permanent, code);
}
