/**
 * Customer notifications through a transactional outbox (SLA-3, TKT-2..9):
 * written in the transaction of the change they report, delivered per channel
 * (e-mail; Telegram plugs in its own OutboxChannel) with retries.
 */
import { OutboxResolver } from './outbox.resolver.js';
import { PortalNoticesResolver } from './portal-notices.resolver.js';

export const NOTIFICATION_RESOLVERS = [OutboxResolver, PortalNoticesResolver] as const;

export type { OutboxChannel, SentNotice } from './outbox-channel.js';
export {
  createOutboxDispatcher,
  exponentialBackoff,
  OutboxDispatcher,
  type OutboxDispatcherDependencies,
  type OutboxDispatcherOptions,
} from './outbox-dispatcher.js';
export { outboxNotices, writeOutbox, type NoticeLinks, type NoticeTransports, type OutboxRow } from './outbox.writer.js';
export { outboxSalesDesk } from './sales-forward.writer.js';
export { moscowTime } from './notification-templates.js';
export { renderMail, type MailBlock, type MailContent, type RenderedMail } from './mail-layout.js';
