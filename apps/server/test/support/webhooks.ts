import type { TestApp } from './test-app.js';

export const ENDPOINT_FIELDS = 'id url events enabled consecutiveFailures disabledReason organization { id name }';
export const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } } }`;
export const ENDPOINTS = `{ webhookEndpoints { ${ENDPOINT_FIELDS} } }`;
export const DELIVERIES = 'query($id: ID!) { webhookDeliveries(endpointId: $id) { id outboxMessageId webhookId eventType attempt statusCode latencyMs success error at } }';
export const SET_ENABLED = `mutation($id: ID!, $on: Boolean!) { setWebhookEndpointEnabled(id: $id, enabled: $on) { ${ENDPOINT_FIELDS} disabledAt } }`;
export const DELETE_ENDPOINT = 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }';
export const SEND_TEST = 'mutation($id: ID!) { sendWebhookTestEvent(endpointId: $id) }';
export const RESEND = 'mutation($id: ID!) { resendWebhookDelivery(deliveryId: $id) { id } }';

export const ALL_EVENT_KINDS = ['TICKET_CREATED', 'TICKET_STATUS_CHANGED', 'TICKET_MESSAGE_ADDED', 'SLA_ALERT', 'TICKET_ESCALATED'];

export interface EndpointView {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  organization: { id: string; name: string };
}

export interface DeliveryView {
  id: string;
  outboxMessageId: string;
  webhookId: string;
  eventType: string;
  attempt: number;
  statusCode: number | null;
  latencyMs: number;
  success: boolean;
  error: string | null;
  at: string;
}

export async function createEndpoint(
  t: TestApp,
  token: string,
  input: Record<string, unknown>,
): Promise<{ secret: string; endpoint: EndpointView }> {
  const data = await t.gql(CREATE_ENDPOINT, { input: { events: ALL_EVENT_KINDS, ...input } }, token);
  return data.createWebhookEndpoint;
}

export async function deliveriesOf(t: TestApp, token: string, endpointId: string): Promise<DeliveryView[]> {
  return (await t.gql(DELIVERIES, { id: endpointId }, token)).webhookDeliveries;
}
