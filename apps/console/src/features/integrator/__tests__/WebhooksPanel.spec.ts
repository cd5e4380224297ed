import type { FetchResult, Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { mountWithApp } from '@/test-support/mount-app';
import WebhooksPanel from '../components/WebhooksPanel.vue';
import type { WebhookEndpointRowFragment } from '../graphql/webhookEndpointRow.api';

const partnerOrganization = { __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис', kind: 'PARTNER' };
const partner = { __typename: 'User', id: '6', email: 'partner@demo.local', fullName: 'Павел Партнёров', role: 'PARTNER', organizationAdmin: true, organization: partnerOrganization };
const admin = { __typename: 'User', id: '4', email: 'admin@demo.local', fullName: 'Администратор', role: 'ADMIN', organizationAdmin: false, organization: null };

function endpoint(overrides: Partial<WebhookEndpointRowFragment> = {}): WebhookEndpointRowFragment {
  return {
    __typename: 'WebhookEndpoint',
    id: '1',
    url: 'https://portal.example/hooks',
    description: null,
    events: ['TICKET_CREATED', 'TICKET_STATUS_CHANGED'],
    enabled: true,
    consecutiveFailures: 0,
    disabledAt: null,
    disabledReason: null,
    createdAt: '2026-02-16T07:00:00.000Z',
    organization: { __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис' },
    ...overrides,
  };
}

const deliveries = [
  { __typename: 'WebhookDelivery', id: '12', webhookId: 'msg_7', eventType: 'ticket.created', attempt: 2, statusCode: null, latencyMs: 10000, success: false, error: 'no answer within 10000 ms', at: '2026-02-16T07:05:00.000Z' },
  { __typename: 'WebhookDelivery', id: '11', webhookId: 'msg_7', eventType: 'ticket.created', attempt: 1, statusCode: 500, latencyMs: 42, success: false, error: 'the endpoint answered HTTP 500', at: '2026-02-16T07:04:00.000Z' },
];

async function mountPanel(user: object, rows: WebhookEndpointRowFragment[], overrides: Record<string, (operation: Operation) => FetchResult> = {}) {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', user }));
  const list = [...rows];
  const mounted = await mountWithApp(WebhooksPanel, {
    route: '/developers?tab=webhooks',
    handler: (operation) => {
      const override = overrides[operation.operationName];
      if (override) return override(operation);
      const { variables } = operation;
      switch (operation.operationName) {
        case 'WebhookEndpoints':
          return { data: { webhookEndpoints: list } };
        case 'WebhookOrganizations':
          return { data: { organizations: [{ __typename: 'Organization', id: '2', name: 'АО Альфа' }, { __typename: 'Organization', id: '3', name: 'ПАО Бета' }] } };
        case 'CreateWebhookEndpoint': {
          const input = variables.input as { url: string; events: string[] };
          const created = endpoint({ id: '2', url: input.url, events: input.events as WebhookEndpointRowFragment['events'] });
          list.unshift(created);
          return { data: { createWebhookEndpoint: { __typename: 'WebhookEndpointCreated', secret: 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0', endpoint: created } } };
        }
        case 'SetWebhookEndpointEnabled':
          return { data: { setWebhookEndpointEnabled: { ...list.find((row) => row.id === variables.id)!, enabled: variables.enabled as boolean } } };
        case 'SendWebhookTestEvent':
          return { data: { sendWebhookTestEvent: 'msg_9' } };
        case 'WebhookDeliveries':
          return { data: { webhookDeliveries: deliveries } };
        case 'ResendWebhookDelivery':
          return { data: { resendWebhookDelivery: { __typename: 'WebhookDelivery', id: variables.deliveryId } } };
        case 'DeleteWebhookEndpoint':
          list.splice(list.findIndex((row) => row.id === variables.id), 1);
          return { data: { deleteWebhookEndpoint: variables.id } };
        default:
          return { data: null };
      }
    },
  });
  await flushPromises();
  return mounted;
}

describe('WebhooksPanel (#18)', () => {
  beforeEach(() => localStorage.clear());

  it("a partner's admin adds an endpoint for chosen events; the signing secret is shown once, then gone", async () => {
    const { wrapper, operations } = await mountPanel(partner, []);
    expect(wrapper.get('[data-testid="webhooks-empty"]').text()).toBe('Адресов ещё нет.');
    expect(wrapper.find('[data-testid="webhook-organization"]').exists()).toBe(false);
    await wrapper.get('[data-testid="webhook-url"]').setValue('https://partner.example/desk');
    await wrapper.get('[data-testid="webhook-event-SLA_ALERT"]').setValue(false);
    await wrapper.get('[data-testid="webhook-event-TICKET_ESCALATED"]').setValue(false);
    await wrapper.get('[data-testid="create-webhook-form"]').trigger('submit');
    await flushPromises();
    await flushPromises();

    expect(operations.find((op) => op.operationName === 'CreateWebhookEndpoint')?.variables).toEqual({
      input: { url: 'https://partner.example/desk', events: ['TICKET_CREATED', 'TICKET_STATUS_CHANGED', 'TICKET_MESSAGE_ADDED'], description: null },
    });
    expect(wrapper.get('[data-testid="webhook-secret"]').text()).toContain('whsec_c2VjcmV0c2VjcmV0c2VjcmV0');
    const row = wrapper.get('[data-testid="webhook-row"]');
    expect(row.text()).toContain('https://partner.example/desk');
    expect(row.text()).toContain('Заявка создана, Смена статуса, Новое сообщение');
    await wrapper.get('[data-testid="webhook-secret-done"]').trigger('click');
    expect(wrapper.text()).not.toContain('whsec_');
  });

  it('an admin chooses the organization; the field problems of the server show beside the fields', async () => {
    const { wrapper, operations } = await mountPanel(admin, [], {
      CreateWebhookEndpoint: () => ({
        errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.url', message: 'must be an https:// URL' }] } }],
      }),
    });
    await wrapper.get('[data-testid="webhook-url"]').setValue('http://partner.example/desk');
    await wrapper.get('[data-testid="webhook-organization"]').setValue('3');
    await wrapper.get('[data-testid="create-webhook-form"]').trigger('submit');
    await flushPromises();
    expect((operations.find((op) => op.operationName === 'CreateWebhookEndpoint')?.variables.input as { organizationId: string }).organizationId).toBe('3');
    expect(wrapper.get('[data-testid="field-error"][data-for="url"]').text()).toBe('must be an https:// URL');
    expect(wrapper.find('[data-testid="webhook-secret"]').exists()).toBe(false);
  });

  it('disables, sends a test event, shows the delivery log and re-sends a delivery', async () => {
    const { wrapper, operations } = await mountPanel(partner, [endpoint({ consecutiveFailures: 2 })]);
    expect(wrapper.get('[data-testid="webhook-state"]').text()).toContain('Ошибок подряд: 2');

    await wrapper.get('[data-testid="webhook-test"]').trigger('click');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'SendWebhookTestEvent')?.variables).toEqual({ endpointId: '1' });
    expect(wrapper.get('[data-testid="webhook-flash"]').text()).toContain('Тестовое событие');

    await wrapper.get('[data-testid="webhook-show-deliveries"]').trigger('click');
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="webhook-delivery-row"]');
    expect(rows.map((r) => r.get('[data-testid="webhook-delivery-result"]').text())).toEqual([
      'нет ответаno answer within 10000 ms',
      'HTTP 500the endpoint answered HTTP 500',
    ]);
    expect(rows[1]!.text()).toContain('msg_7');
    await rows[1]!.get('[data-testid="webhook-delivery-resend"]').trigger('click');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'ResendWebhookDelivery')?.variables).toEqual({ deliveryId: '11' });

    await wrapper.get('[data-testid="webhook-toggle"]').trigger('click');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'SetWebhookEndpointEnabled')?.variables).toEqual({ id: '1', enabled: false });
    expect(wrapper.get('[data-testid="webhook-state"]').text()).toContain('Выключен');
    expect(wrapper.get<HTMLButtonElement>('[data-testid="webhook-test"]').element.disabled).toBe(true);
  });

  it('deletes after a second confirmation', async () => {
    const { wrapper, operations } = await mountPanel(partner, [endpoint()]);
    await wrapper.get('[data-testid="webhook-delete"]').trigger('click');
    expect(operations.some((op) => op.operationName === 'DeleteWebhookEndpoint')).toBe(false);
    await wrapper.get('[data-testid="webhook-confirm-delete"]').trigger('click');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'DeleteWebhookEndpoint')?.variables).toEqual({ id: '1' });
    expect(wrapper.find('[data-testid="webhooks-empty"]').exists()).toBe(true);
  });
});
