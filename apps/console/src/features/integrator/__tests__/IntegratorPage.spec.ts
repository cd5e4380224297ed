import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { mountWithApp } from '@/test-support/mount-app';
import IntegratorPage from '../IntegratorPage.vue';

const signedInAs = (role: string) =>
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({ token: 't', user: { __typename: 'User', id: '9', email: `${role.toLowerCase()}@demo.local`, fullName: role, role, organization: null } }),
  );

async function mountPage(route = '/developers') {
  const mounted = await mountWithApp(IntegratorPage, { route, handler: () => ({ data: { apiTokens: [] } }) });
  await flushPromises();
  return mounted;
}

/** The SDL and graphql-js load in their own chunk: wait for them. */
async function schemaReady(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) {
  await vi.waitFor(() => expect(wrapper.find('[data-testid="schema-type-list"]').exists()).toBe(true));
}

describe('IntegratorPage', () => {
  beforeEach(() => localStorage.clear());

  it('is public: a signed-out integrator reads how to connect, authenticate and subscribe', async () => {
    const { wrapper, router } = await mountPage();
    expect(router.currentRoute.value.name).toBe('developers');
    expect(wrapper.get('h1').text()).toBe('API для интеграции');
    const guide = wrapper.get('[data-testid="integrator-guide"]');
    expect(guide.get('[data-testid="endpoint-http"]').text()).toBe(`POST ${location.origin}/graphql`);
    expect(guide.get('[data-testid="endpoint-ws"]').text()).toBe(`${location.origin.replace(/^http/, 'ws')}/graphql`);
    expect(guide.text()).toContain('Authorization: Bearer <token>');
    expect(guide.text()).toContain('HTTP 429');
    expect(guide.get('[data-testid="guide-subscriptions"]').text()).toContain('connectionParams.authorization');
    // #18: the event-stream door and persisted queries, with their examples for this origin.
    expect(guide.get('[data-testid="endpoint-sse"]').text()).toBe(`POST ${location.origin}/graphql/stream`);
    expect(guide.get('[data-testid="guide-sse"]').text()).toContain(`curl -N ${location.origin}/graphql/stream`);
    expect(guide.get('[data-testid="guide-apq"]').text()).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(guide.get('[data-testid="guide-apq"]').text()).toContain('OPERATION_NOT_ALLOWED');
  });

  it('has accessible tabs that live in the address and follow the arrow keys', async () => {
    const { wrapper, router } = await mountPage();
    const tabs = () => wrapper.findAll('[role="tab"]');
    expect(tabs().map((tab) => tab.text())).toEqual(['Подключение', 'Схема', 'Примеры', 'API-токены', 'Вебхуки']);
    expect(tabs()[0]!.attributes('aria-selected')).toBe('true');
    await wrapper.get('[data-testid="integrator-tab-examples"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.tab).toBe('examples');
    expect(wrapper.findAll('[data-testid="example"]').length).toBeGreaterThanOrEqual(6);
    await wrapper.get('[role="tablist"]').trigger('keydown', { key: 'ArrowRight' });
    await flushPromises();
    expect(router.currentRoute.value.query.tab).toBe('tokens');
    expect(wrapper.get('[role="tabpanel"]').attributes('aria-labelledby')).toBe('integrator-tab-tokens');
  });

  it('browses the schema: types by group, search, and a field’s type leads to that type', async () => {
    const { wrapper, router } = await mountPage('/developers?tab=schema');
    await schemaReady(wrapper);
    expect(wrapper.get('[data-testid="schema-type-detail"]').attributes('data-type')).toBe('Query');
    expect(wrapper.findAll('[data-testid="schema-type"]').length).toBeGreaterThan(60);

    await wrapper.get('[data-testid="schema-search"]').setValue('Ticket');
    const first = wrapper.findAll('[data-testid="schema-hit"]')[0]!;
    expect(first.attributes('data-type')).toBe('Ticket');
    await first.trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ tab: 'schema', type: 'Ticket' });
    const detail = wrapper.get('[data-testid="schema-type-detail"]');
    expect(detail.attributes('data-type')).toBe('Ticket');
    expect(detail.get('[data-field="receivedAt"]').text()).toContain('receivedAt: DateTime!');

    // Click through: Ticket.organization → Organization.
    await detail.get('[data-field="organization"] [data-testid="type-link"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="schema-type-detail"]').attributes('data-type')).toBe('Organization');
    expect(wrapper.get('[data-testid="schema-used-by"]').text()).toContain('Ticket.organization');
  });

  it('a shared link to a field opens its type with the field marked', async () => {
    const { wrapper } = await mountPage('/developers?type=CreateTicketInput&field=receivedAt');
    await schemaReady(wrapper);
    expect(wrapper.get('[role="tab"][aria-selected="true"]').text()).toBe('Схема');
    const field = wrapper.get('[data-testid="schema-field"][data-field="receivedAt"]');
    expect(field.classes()).toContain('member--focused');
    expect(field.text()).toContain('Staff only: when a call started or an e-mail arrived; never in the future');
  });

  it('asks a signed-out visitor to sign in for tokens, and tells others who issues them', async () => {
    const signedOut = await mountPage('/developers?tab=tokens');
    expect(signedOut.wrapper.get('[data-testid="api-tokens-sign-in"]').text()).toContain('Войдите как администратор или партнёр');
    signedOut.wrapper.unmount();

    signedInAs('AGENT');
    const agent = await mountPage('/developers?tab=tokens');
    expect(agent.wrapper.find('[data-testid="api-tokens"]').exists()).toBe(false);
    expect(agent.wrapper.get('[data-testid="api-tokens-not-allowed"]').text()).toContain('выпускают администраторы и партнёры');
    expect(agent.operations.some((op) => op.operationName === 'ApiTokens')).toBe(false);
  });

  it.each(['ADMIN', 'PARTNER'])('lets %s manage tokens', async (role) => {
    signedInAs(role);
    const { wrapper, operations } = await mountPage('/developers?tab=tokens');
    expect(wrapper.find('[data-testid="api-tokens"]').exists()).toBe(true);
    expect(operations.some((op) => op.operationName === 'ApiTokens')).toBe(true);
  });
});
