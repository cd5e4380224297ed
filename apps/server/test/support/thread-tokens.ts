import { ThreadTokens } from '../../src/common/thread-token.js';
import { loadConfig } from '../../src/config.js';
import { replyAddressOf } from '../../src/modules/notifications/email-channel.js';
import { outboxMessageId } from '../../src/modules/notifications/outbox-dispatcher.js';

/** The thread tokens of a test app (its JWT_SECRET is the development one). */
export const THREAD_TOKENS = new ThreadTokens(loadConfig({ NODE_ENV: 'test' }).jwtSecret);

/** A Message-ID the desk wrote for a ticket's notification, as a customer's reply quotes it back. */
export function ourMessageId(ticketId: number | string, outboxId = 999): string {
  return outboxMessageId(outboxId, Number(ticketId), THREAD_TOKENS);
}

/** The Reply-To of a ticket's notification (#18), where a customer's reply may go instead of quoting a Message-ID. */
export function ourReplyAddress(ticketId: number | string): string {
  return replyAddressOf(Number(ticketId), THREAD_TOKENS, 'Техническая поддержка <helpdesk@confident.ru>');
}
