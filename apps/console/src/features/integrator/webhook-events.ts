import type { WebhookEventKind } from '@desk/schema';

/** Every kind an endpoint can subscribe to, in the order the form lists them. */
export const WEBHOOK_EVENT_KINDS: readonly WebhookEventKind[] = ['TICKET_CREATED', 'TICKET_STATUS_CHANGED', 'TICKET_MESSAGE_ADDED', 'SLA_ALERT', 'TICKET_ESCALATED'];
