import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { waitFor } from './subscription-client.js';

export interface ReceivedMail {
  /** RCPT TO addresses. */
  readonly envelopeTo: string[];
  readonly envelopeFrom: string | null;
  /** The login the client authenticated with, if any. */
  readonly user: string | null;
  readonly messageId: string | null;
  readonly subject: string;
  readonly text: string;
  readonly parsed: ParsedMail;
}

export type RefusalStage = 'RCPT' | 'DATA';

export interface Refusal {
  readonly stage: RefusalStage;
  readonly code: number;
  readonly message: string;
}

/** Decides, for the n-th transaction reaching `stage` since the policy was set (1-based, per stage), whether to refuse it. */
export type RefusalPolicy = (attempt: number, stage: RefusalStage) => Refusal | null;

/** A real SMTP server on a random local port that keeps what it accepts (parsed) and refuses on demand. */
export interface SmtpSink {
  readonly port: number;
  /** For SMTP_URL. */
  readonly url: string;
  readonly mails: ReceivedMail[];
  /** Transactions seen per stage, refused ones included. */
  readonly seen: Record<RefusalStage, number>;
  refuse(policy: RefusalPolicy | null): void;
  waitForMails(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export const acceptAll: RefusalPolicy = () => null;

/** Refuses the first `times` transactions at `stage` with `code`, then accepts. */
export function refuseFirst(times: number, code = 451, stage: RefusalStage = 'DATA', message = 'Try again later'): RefusalPolicy {
  return (attempt, at) => (at === stage && attempt <= times ? { stage, code, message } : null);
}

export function refuseAlways(code = 451, stage: RefusalStage = 'DATA', message = 'Try again later'): RefusalPolicy {
  return (_attempt, at) => (at === stage ? { stage, code, message } : null);
}

function smtpError(refusal: Refusal): Error {
  return Object.assign(new Error(refusal.message), { responseCode: refusal.code });
}

export interface SmtpSinkOptions {
  /** Require this login (AUTH PLAIN/LOGIN over plain SMTP); without it, authentication is optional. */
  readonly credentials?: { readonly user: string; readonly pass: string };
}

export async function startSmtpSink(policy: RefusalPolicy = acceptAll, options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  let current: RefusalPolicy = policy;
  const mails: ReceivedMail[] = [];
  const seen: Record<RefusalStage, number> = { RCPT: 0, DATA: 0 };
  let since: Record<RefusalStage, number> = { RCPT: 0, DATA: 0 };
  const server = new SMTPServer({
    authOptional: !options.credentials,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      const expected = options.credentials;
      if (expected && auth.username === expected.user && auth.password === expected.pass) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    // Plain SMTP on loopback: no self-signed STARTTLS for the client to trip over.
    disabledCommands: ['STARTTLS'],
    logger: false,
    // No reverse DNS for 127.0.0.1: it only slows every connection down.
    disableReverseLookup: true,
    // Pooled clients keep connections open; don't wait 30 s for them on close.
    closeTimeout: 200,
    onRcptTo(_address, _session, callback) {
      seen.RCPT += 1;
      const refusal = current(seen.RCPT - since.RCPT, 'RCPT');
      callback(refusal ? smtpError(refusal) : null);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        seen.DATA += 1;
        const refusal = current(seen.DATA - since.DATA, 'DATA');
        if (refusal) {
          callback(smtpError(refusal));
          return;
        }
        simpleParser(Buffer.concat(chunks)).then(
          (parsed) => {
            mails.push({
              envelopeTo: session.envelope.rcptTo.map((a) => a.address),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
              user: typeof session.user === 'string' ? session.user : null,
              messageId: parsed.messageId ?? null,
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              parsed,
            });
            callback();
          },
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => undefined); // a client dropping its connection is not the test's business
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    mails,
    seen,
    refuse(next) {
      current = next ?? acceptAll;
      since = { ...seen };
    },
    async waitForMails(count, timeoutMs = 10_000) {
      await waitFor(() => mails.length >= count, timeoutMs, `${count} mail(s) at the SMTP sink (have ${mails.length})`);
      return mails;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
