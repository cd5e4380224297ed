/**
 * A delivery attempt that did not work. `permanent` is true when retrying the
 * same message cannot help (the recipient or the content was refused, nobody
 * to deliver to); then the message fails at once instead of backing off for
 * hours. Anything else a channel throws counts as transient.
 */
export class DeliveryError extends Error {
  override readonly name: string = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}
