import { registerEnumType } from 'type-graphql';

/**
 * What an endpoint can subscribe to (#18): the ticket changes the
 * subscriptions publish, as partners see them. The wire name (`type` in the
 * payload) is the dotted form, see WEBHOOK_EVENT_TYPES.
 */
export enum WebhookEventKind {
  TICKET_CREATED = 'TICKET_CREATED',
  TICKET_STATUS_CHANGED = 'TICKET_STATUS_CHANGED',
  TICKET_MESSAGE_ADDED = 'TICKET_MESSAGE_ADDED',
  SLA_ALERT = 'SLA_ALERT',
  TICKET_ESCALATED = 'TICKET_ESCALATED',
}

/** The `type` of a webhook payload for each kind; `webhook.test` is the test event an admin sends by hand. */
export const WEBHOOK_EVENT_TYPES: Record<WebhookEventKind, string> = {
  TICKET_CREATED: 'ticket.created',
  TICKET_STATUS_CHANGED: 'ticket.status_changed',
  TICKET_MESSAGE_ADDED: 'ticket.message_added',
  SLA_ALERT: 'ticket.sla_alert',
  TICKET_ESCALATED: 'ticket.escalated',
};
export const WEBHOOK_TEST_EVENT_TYPE = 'webhook.test';

registerEnumType(WebhookEventKind, { name: 'WebhookEventKind', description: 'What a webhook endpoint is sent (#18)' });
