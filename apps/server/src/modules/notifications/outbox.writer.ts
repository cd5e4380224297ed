import type { EntityManager } from '@mikro-orm/core';
import { Channel, NotificationKind, OutboxStatus } from '../../entities/enums.js';
import { OutboxMessage } from '../../entities/outbox-message.entity.js';
import type { Ticket } from '../../entities/ticket.entity.js';
import type { Contact } from '../../entities/contact.entity.js';
import { renderNotification } from './notification-templates.js';

/**
 * Puts a customer notification into the outbox inside the caller's unit of
 * work, so it commits (or not) together with the change it reports (SLA-3).
 * Goes by e-mail when the contact has one, else over the ticket's channel.
 */
export function queueTicketNotification(
  em: EntityManager,
  kind: NotificationKind,
  ticket: Ticket,
  contact: Contact,
  at: Date,
): OutboxMessage {
  const rendered = renderNotification(kind, {
    number: ticket.number,
    subject: ticket.subject,
    contactName: contact.fullName,
    responseDueAt: ticket.responseDueAt,
    rejectionReason: ticket.rejectionReason,
  });
  const byEmail = Boolean(contact.email);
  return em.create(OutboxMessage, {
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
}
