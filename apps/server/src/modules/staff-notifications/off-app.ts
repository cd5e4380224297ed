import type { EntityManager } from '@mikro-orm/core';
import { offAppDeliveryAt, scheduleFor, type ProductionCalendar } from '@desk/sla';
import { periodsOf } from '../sla/index.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Role } from '../../entities/auth/role.enum.js';
import { OffAppChannel, OffAppStatus, StaffNotificationKind } from '../../entities/staff-notifications/staff-notification.enums.js';
import type { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import { StaffNotificationSettings, type OffAppChoice } from '../../entities/staff-notifications/staff-notification-settings.entity.js';
import { Channel } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { User } from '../../entities/auth/user.entity.js';
import { writeOutbox } from '../notifications/index.js';
import { offAppMessage } from './staff-notification-texts.js';

/**
 * Until a staff member chooses, leads hear of escalations and breaches by e-mail (so nobody misses one
 * with the console closed) and agents of breaches of tickets they hold; everything else stays in the bell.
 */
export function defaultChannels(role: Role): OffAppChoice {
  return role === Role.TEAM_LEAD
    ? { [StaffNotificationKind.ESCALATED]: [OffAppChannel.EMAIL], [StaffNotificationKind.SLA_BREACHED]: [OffAppChannel.EMAIL] }
    : { [StaffNotificationKind.SLA_BREACHED]: [OffAppChannel.EMAIL] };
}

/** What off-app delivery needs of a staff member. */
export interface Addressee {
  readonly user: User;
  readonly settings: StaffNotificationSettings | null;
}

export async function addresseesOf(em: EntityManager, users: readonly User[]): Promise<Map<number, Addressee>> {
  const settings = users.length ? await em.find(StaffNotificationSettings, { user: { $in: users.map((u) => u.id) } }) : [];
  const byUser = new Map(settings.map((s) => [s.user.id, s]));
  return new Map(users.map((user) => [user.id, { user, settings: byUser.get(user.id) ?? null }]));
}

/** The channels chosen for a kind that can reach the person (Telegram only once linked). */
export function channelsFor(addressee: Addressee, kind: StaffNotificationKind): OffAppChannel[] {
  const chosen = (addressee.settings?.channels ?? defaultChannels(addressee.user.role))[kind] ?? [];
  return chosen.filter((channel) => channel !== OffAppChannel.TELEGRAM || Boolean(addressee.settings?.telegramChatId));
}

/**
 * Sets the notification's off-app delivery by the service-hours rule (@desk/sla offAppDeliveryAt): into the
 * outbox now, or WAITING until the instant it may go, when the digest picks it up.
 */
export function planOffApp(
  em: EntityManager,
  notification: StaffNotification,
  addressee: Addressee,
  ticket: Ticket,
  calendar: ProductionCalendar,
  now: Date,
  link: (ticketId: number) => string,
): void {
  const channels = channelsFor(addressee, notification.kind);
  if (channels.length === 0) return;
  const quiet = addressee.settings;
  const sendAt = offAppDeliveryAt({
    schedule: scheduleFor(ticket.supportLevel, calendar, periodsOf(ticket)),
    supportLevel: ticket.supportLevel,
    criticality: ticket.criticality,
    breach: notification.kind === StaffNotificationKind.SLA_BREACHED,
    quietHours: quiet && quiet.quietFromMinute !== null && quiet.quietUntilMinute !== null ? { fromMinute: quiet.quietFromMinute, untilMinute: quiet.quietUntilMinute } : null,
    now,
  });
  notification.offAppChannels = channels;
  if (sendAt.getTime() > now.getTime()) {
    notification.offAppStatus = OffAppStatus.WAITING;
    notification.offAppDueAt = sendAt;
    return;
  }
  notification.offAppStatus = OffAppStatus.QUEUED;
  notification.offAppDueAt = now;
  writeOffApp(em, addressee, channels, [notification], ticket, now, link);
}

/** One outbox row per channel for these notifications (one, or a digest of several), through outbox.writer. */
export function writeOffApp(
  em: EntityManager,
  addressee: Addressee,
  channels: readonly OffAppChannel[],
  notifications: readonly StaffNotification[],
  ticket: Ticket | null,
  now: Date,
  link: (ticketId: number) => string,
): void {
  const lines = notifications.map((n) => ({ text: n.text, at: n.createdAt, link: n.ticket ? link(n.ticket.id) : link(0) }));
  const message = offAppMessage(lines);
  for (const channel of channels) {
    const recipient = channel === OffAppChannel.EMAIL ? addressee.user.email : addressee.settings?.telegramChatId;
    if (!recipient) continue;
    writeOutbox(em, {
      ticket,
      user: addressee.user,
      kind: notifications.length === 1 ? NotificationKind.STAFF_NOTIFICATION : NotificationKind.STAFF_DIGEST,
      channel: channel === OffAppChannel.EMAIL ? Channel.EMAIL : Channel.TELEGRAM,
      recipient,
      subject: message.subject,
      body: message.body,
      at: now,
    });
  }
}
