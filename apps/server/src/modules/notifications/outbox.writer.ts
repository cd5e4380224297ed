import type { EntityManager } from '@mikro-orm/core';
import { Channel, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { OutboxStatus } from '../../entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Contact } from '../../entities/organizations/contact.entity.js';
import { recordTimeline } from '../tickets/timeline.js';
import { renderNotification, type TicketFacts, type TicketNotificationKind } from './notification-templates.js';

export type ExtraFacts = Pick<TicketFacts, 'messageKind' | 'messageBody'>;

/**
 * Puts a customer notification into the outbox inside the caller's unit of
 * work, so it commits (or not) together with the change it reports, and notes
 * it on the timeline. Goes by e-mail when the contact has one, else over the
 * ticket's channel (a phone call, a Telegram chat). An OutboxDispatcher per
 * channel delivers them (e-mail, Telegram: see OutboxChannel); PHONE ones wait
 * PENDING for an agent's call.
 */
export function queueTicketNotification(
  em: EntityManager,
  kind: TicketNotificationKind,
  ticket: Ticket,
  contact: Contact,
  at: Date,
  extra: ExtraFacts = {},
): OutboxMessage {
  const rendered = renderNotification(
    kind,
    {
      number: ticket.number,
      subject: ticket.subject,
      contactName: contact.fullName,
      responseDueAt: ticket.responseDueAt,
      rejectionReason: ticket.rejectionReason,
      rejectionNote: ticket.rejectionNote,
      resolution: ticket.resolution,
      resolutionNote: ticket.resolutionNote,
      thirdPartyVendor: ticket.thirdPartyVendor,
      expectedResolutionAt: ticket.expectedResolutionAt,
      autoCloseAt: ticket.autoCloseAt,
      ...extra,
    },
    contact.locale,
  );
  const byEmail = Boolean(contact.email);
  const message = em.create(OutboxMessage, {
    ticket,
    kind,
    channel: byEmail ? Channel.EMAIL : ticket.channel,
    recipient: contact.email ?? contact.phone,
    subject: rendered.subject,
    body: rendered.body,
    status: OutboxStatus.PENDING,
    attempts: 0,
    createdAt: at,
    nextAttemptAt: at,
  });
  recordTimeline(em, ticket, {
    kind: TimelineKind.NOTIFICATION_QUEUED,
    at,
    actorId: null,
    summary: `Customer notified (${kind}) via ${message.channel} to ${message.recipient}`,
    data: { kind, channel: message.channel },
  });
  return message;
}
