import { DeliveryError } from '../delivery-error.js';

/** One e-mail to one recipient, as the outbox sends it: plain text, or text and HTML as multipart/alternative. */
export interface OutgoingMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** The HTML alternative of `text` (the same facts); without it the mail is plain text. */
  readonly html?: string;
  /** Where replies go: for a ticket's mail, the desk's mailbox with the ticket's thread token (#18). */
  readonly replyTo?: string;
  /** RFC 5322 Message-ID with angle brackets; stable per outbox message, so a re-send is recognisably the same mail. */
  readonly messageId: string;
  /** Threads the mail under an earlier one of the same ticket. */
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
}

export interface MailReceipt {
  /** The server took responsibility for the recipient (250 after DATA). */
  readonly accepted: boolean;
  /** The server's reply to DATA, e.g. "250 2.0.0 Ok: queued as 4B1C2" (its queue id): the proof of receipt (SLA-3). */
  readonly response?: string;
}

/**
 * Outbound mail. `send` resolves once the server accepted the message and
 * rejects with a {@link MailDeliveryError} (or any error) saying why not.
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<MailReceipt>;
  /** Releases connections; the owner calls it once nothing is being sent any more. */
  close?(): Promise<void> | void;
}

/**
 * An SMTP delivery attempt that did not work: permanent for a 5xx refusal of
 * the recipient or the content; 4xx, timeouts, connection errors and
 * authentication (our own configuration) are worth another attempt later.
 */
export class MailDeliveryError extends DeliveryError {
  override readonly name = 'MailDeliveryError';
  constructor(
    message: string,
    permanent: boolean,
    readonly responseCode: number | null = null,
  ) {
    super(message, permanent);
  }
}
