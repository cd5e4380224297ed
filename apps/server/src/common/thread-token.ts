import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Per-ticket secrets in the Message-IDs of the desk's mail (#15 finding 7): a reply threads onto a ticket
 * only when it references a Message-ID the desk wrote for that ticket, which nobody can make up without
 * the server's key — a subject line or a guessable number is not enough. The key is derived from
 * JWT_SECRET, so no second secret has to be kept.
 */
export class ThreadTokens {
  private readonly key: Buffer;

  constructor(rootSecret: string) {
    this.key = createHmac('sha256', rootSecret).update('desk/mail-thread/v1').digest();
  }

  /** 20 hex digits (80 bits) of HMAC-SHA256 over the ticket id. */
  of(ticketId: number): string {
    return createHmac('sha256', this.key).update(String(ticketId)).digest('hex').slice(0, 20);
  }

  verify(ticketId: number, token: string): boolean {
    const expected = Buffer.from(this.of(ticketId));
    const given = Buffer.from(token.toLowerCase());
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}
