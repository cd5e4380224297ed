/**
 * Staff notifications (#13): the bell (customer replies, new messages, assignments, escalations, SLA
 * alerts of tickets one holds or leads), written in the transaction of the change they report; off-app
 * by e-mail or Telegram per kind through the outbox, by the service-hours rule with digests.
 */
import { StaffNotificationsResolver } from './staff-notifications.resolver.js';

export const STAFF_NOTIFICATION_RESOLVERS = [StaffNotificationsResolver] as const;

export { staffDigestDeadlineSource } from './staff-digest.deadline.js';
export { staffNotificationReaction, type StaffNotificationDeps } from './staff-notification.reaction.js';
export { linkTelegramChat } from './staff-notifications.service.js';
