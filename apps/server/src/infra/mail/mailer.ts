/** One plain-text e-mail to one recipient, as the outbox sends it. */
export interface OutgoingMail {
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  /** RFC 5322 Message-ID with angle brackets; stable per outbox message, so a re-send is recognisably the same mail. */
  readonly messageId: string;
  /** Threads the mail under an earlier one of the same ticket. */
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
}

export interface MailReceipt {
  /** The server took responsibility for the recipient (250 after DATA). */
  readonly accepted: boolean;
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
 * A delivery attempt that did not work. `permanent` is true when retrying the
 * same message cannot help (an SMTP 5xx refusal of the recipient or the
 * content); transient problems (4xx, timeouts, connection errors,
 * authentication) are worth another attempt later.
 */
export class MailDeliveryError extends Error {
  override readonly name = 'MailDeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly responseCode: number | null = null,
  ) {
    super(message);
  }
}
