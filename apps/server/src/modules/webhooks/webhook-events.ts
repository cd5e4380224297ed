import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { TicketMessage } from '../../entities/tickets/ticket-message.entity.js';
import type { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import { WEBHOOK_EVENT_TYPES, WebhookEventKind } from '../../entities/webhooks/webhook.enums.js';
import type { TicketChange } from '../tickets/index.js';

/** One event of a ticket change that endpoints subscribed to its kind receive. */
export interface TicketWebhookEvent {
  readonly kind: WebhookEventKind;
  readonly ticket: Ticket;
  readonly entry: TimelineEntry;
}

const KIND_OF: Partial<Record<TimelineKind, WebhookEventKind>> = {
  [TimelineKind.CREATED]: WebhookEventKind.TICKET_CREATED,
  [TimelineKind.STATUS_CHANGED]: WebhookEventKind.TICKET_STATUS_CHANGED,
  [TimelineKind.MESSAGE]: WebhookEventKind.TICKET_MESSAGE_ADDED,
  [TimelineKind.SLA_ALERT]: WebhookEventKind.SLA_ALERT,
  [TimelineKind.ESCALATED]: WebhookEventKind.TICKET_ESCALATED,
};

/**
 * The webhook events of one ticket change, read off the timeline lines it
 * wrote — the same lines `ticketUpdated` subscribers see. Internal lines
 * (internal notes, delivery failures) are staff's only and never leave.
 */
export function webhookEventsOf({ ticket, entries }: TicketChange): TicketWebhookEvent[] {
  return entries.flatMap((entry) => {
    const kind = KIND_OF[entry.kind];
    return kind && !entry.internal ? [{ kind, ticket, entry }] : [];
  });
}

/** The ticket as a partner sees it through the API (API.md's Ticket), JSON-safe. */
function ticketPayload(ticket: Ticket, organizationName: string): Record<string, unknown> {
  return {
    id: String(ticket.id),
    number: ticket.number,
    subject: ticket.subject,
    category: ticket.category,
    criticality: ticket.criticality,
    supportLevel: ticket.supportLevel,
    priority: ticket.priority,
    status: ticket.status,
    channel: ticket.channel,
    receivedAt: ticket.receivedAt.toISOString(),
    responseDueAt: ticket.responseDueAt.toISOString(),
    respondedAt: ticket.respondedAt?.toISOString() ?? null,
    escalationLevel: ticket.escalationLevel,
    rejectionReason: ticket.rejectionReason,
    organization: { id: String(ticket.organization.id), name: organizationName },
  };
}

/** What each kind adds beside the ticket. */
function details(event: TicketWebhookEvent, message: TicketMessage | undefined): Record<string, unknown> {
  const data = event.entry.data ?? {};
  switch (event.kind) {
    case WebhookEventKind.TICKET_STATUS_CHANGED:
      return { from: data.from ?? null, to: data.to ?? null };
    case WebhookEventKind.TICKET_MESSAGE_ADDED:
      return {
        message: message
          ? { id: String(message.id), kind: message.kind, authorName: message.authorName, body: message.body, createdAt: message.createdAt.toISOString() }
          : null,
      };
    case WebhookEventKind.SLA_ALERT:
      return { alert: { kind: data.kind ?? null, dueAt: data.dueAt ?? null } };
    case WebhookEventKind.TICKET_ESCALATED:
      return { level: data.level ?? null, reason: data.reason ?? null, automatic: data.automatic === true };
    case WebhookEventKind.TICKET_CREATED:
      return {};
  }
}

/** The message id a MESSAGE line names, to load the message's text once for every endpoint. */
export function messageIdOf(event: TicketWebhookEvent): number | null {
  const id = event.entry.data?.messageId;
  return event.kind === WebhookEventKind.TICKET_MESSAGE_ADDED && typeof id === 'number' ? id : null;
}

/** The body of the webhook message, in the Standard Webhooks shape `{ type, timestamp, data }`. */
export function webhookPayload(event: TicketWebhookEvent, organizationName: string, message: TicketMessage | undefined): string {
  return JSON.stringify({
    type: WEBHOOK_EVENT_TYPES[event.kind],
    timestamp: event.entry.at.toISOString(),
    data: { ticket: ticketPayload(event.ticket, organizationName), ...details(event, message) },
  });
}
