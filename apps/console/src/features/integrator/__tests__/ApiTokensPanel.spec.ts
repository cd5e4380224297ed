import type { FetchResult, Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { mountWithApp } from '@/test-support/mount-app';
import ApiTokensPanel from '../components/ApiTokensPanel.vue';
import type { ApiTokenRowFragment } from '../graphql/apiTokenRow.api';

const partnerOrganization = { __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис', kind: 'PARTNER' };
const partner = { __typename: 'User', id: '6', email: 'partner@demo.local', fullName: 'Павел Партнёров', role: 'PARTNER', organizationAdmin: true, organization: partnerOrganization };
const colleague = { __typename: 'User', id: '9', email: 'dev@partner.example', fullName: 'Дмитрий Разработчиков', role: 'PARTNER', organizationAdmin: false, organization: partnerOrganization };
const admin = { __typename: 'User', id: '4', email: 'admin@demo.local', fullName: 'Администратор', role: 'ADMIN', organizationAdmin: false, organization: null };
const holders = [partner, colleague].map(({ id, email, fullName }) => ({ __typename: 'User', id, email, fullName, organization: { __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис' } }));

function token(overrides: Partial<ApiTokenRowFragment> = {}): ApiTokenRowFragment {
  return {
    __typename: 'ApiToken',
    id: '1',
    name: 'Синхронизация портала',
    createdAt: '2026-02-16T07:00:00.000Z',
    lastUsedAt: null,
    revokedAt: null,
    rateLimitPerMinute: 600,
    user: { __typename: 'User', id: '6', email: 'partner@demo.local', fullName: 'Павел Партнёров', organization: { __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис' } },
    ...overrides,
  };
}

async function mountPanel(user: object, tokens: ApiTokenRowFragment[], overrides: Record<string, (operation: Operation) => FetchResult> = {}) {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', user }));
  const list = [...tokens];
  const mounted = await mountWithApp(ApiTokensPanel, {
    route: '/developers?tab=tokens',
    handler: (operation) => {
      const override = overrides[operation.operationName];
      if (override) return override(operation);
      if (operation.operationName === 'ApiTokens') return { data: { apiTokens: list } };
      if (operation.operationName === 'ApiTokenHolders') return { data: { apiTokenHolders: holders } };
      if (operation.operationName === 'CreateApiToken') {
        const created = token({ id: '2', name: String(operation.variables.name), rateLimitPerMinute: (operation.variables.rateLimitPerMinute as number | null) ?? 600 });
        list.unshift(created);
        return { data: { createApiToken: { __typename: 'ApiTokenCreated', token: 'dsk_2_secretsecretsecretsecretsecretsecret', apiToken: created } } };
      }
      if (operation.operationName === 'RevokeApiToken') {
        return { data: { revokeApiToken: { ...list.find((row) => row.id === operation.variables.id)!, revokedAt: '2026-02-16T08:00:00.000Z' } } };
      }
      return { data: null };
    },
  });
  await flushPromises();
  return mounted;
}

describe('ApiTokensPanel', () => {
  beforeEach(() => localStorage.clear());

  it('lists tokens with whom they act as, last use and limit', async () => {
    const { wrapper } = await mountPanel(admin, [token({ lastUsedAt: '2026-02-16T07:30:00.000Z', rateLimitPerMinute: 120 }), token({ id: '3', name: 'Старый', revokedAt: '2026-02-10T09:00:00.000Z' })]);
    const rows = wrapper.findAll('[data-testid="api-token-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('partner@demo.local');
    expect(rows[0]!.text()).toContain('16.02.2026, 10:30 МСК');
    expect(rows[0]!.text()).toContain('120 в минуту');
    expect(rows[0]!.get('[data-testid="api-token-status"]').text()).toBe('Действует');
    expect(rows[1]!.get('[data-testid="api-token-status"]').text()).toBe('Отозван 10.02.2026, 12:00 МСК');
    expect(rows[1]!.find('[data-testid="api-token-revoke"]').exists()).toBe(false);
  });

  it("a partner's own admin issues a token acting as itself; the secret is shown once, then gone", async () => {
    const { wrapper, operations } = await mountPanel(partner, []);
    expect(wrapper.get('[data-testid="api-tokens-empty"]').text()).toBe('Токенов ещё нет.');
    expect(wrapper.get<HTMLSelectElement>('[data-testid="token-user"]').element.value).toBe('6');
    expect(wrapper.findAll('[data-testid="token-user"] option').map((o) => o.text())).toEqual([
      'Павел Партнёров (вы)',
      'Дмитрий Разработчиков (dev@partner.example) · ООО Партнёр-Сервис',
    ]);

    await wrapper.get('[data-testid="token-name"]').setValue('Портал партнёра');
    await wrapper.get('[data-testid="token-rate-limit"]').setValue('120');
    await wrapper.get('[data-testid="create-token-form"]').trigger('submit');
    await flushPromises();
    await flushPromises();

    expect(operations.find((op) => op.operationName === 'CreateApiToken')?.variables).toEqual({ userId: '6', name: 'Портал партнёра', rateLimitPerMinute: 120 });
    const secret = wrapper.get('[data-testid="token-secret"]');
    expect(secret.text()).toContain('Bearer dsk_2_secretsecretsecretsecretsecretsecret');
    expect(secret.text()).toContain('показывается один раз');
    expect(wrapper.findAll('[data-testid="api-token-row"]').map((row) => row.attributes('data-token-name'))).toEqual(['Портал партнёра']);
    await wrapper.get('[data-testid="token-secret-done"]').trigger('click');
    expect(wrapper.text()).not.toContain('dsk_2_secret');
  });

  it('an admin picks any partner user from apiTokenHolders; the server’s field problems show beside the fields', async () => {
    const { wrapper, operations } = await mountPanel(admin, [], {
      CreateApiToken: () => ({
        errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'userId', message: 'must be an active partner user' }] } }],
      }),
    });
    await wrapper.get('[data-testid="token-name"]').setValue('Скрипт');
    await wrapper.get('[data-testid="token-user"]').setValue('9');
    await wrapper.get('[data-testid="create-token-form"]').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'CreateApiToken')?.variables).toEqual({ userId: '9', name: 'Скрипт', rateLimitPerMinute: null });
    expect(wrapper.get('[data-testid="field-error"][data-for="userId"]').text()).toBe('must be an active partner user');
    expect(wrapper.find('[data-testid="token-secret"]').exists()).toBe(false);
  });

  it('a partner user who is not its organization’s admin sees the tokens acting as them, read-only', async () => {
    const { wrapper, operations } = await mountPanel(colleague, [token({ user: { ...token().user, id: '9', email: 'dev@partner.example' } })]);
    expect(wrapper.findAll('[data-testid="api-token-row"]')).toHaveLength(1);
    expect(wrapper.find('[data-testid="api-token-revoke"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="create-token-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="api-tokens-read-only"]').text()).toContain('администратор');
    expect(operations.some((op) => op.operationName === 'ApiTokenHolders')).toBe(false);
  });

  it('revokes after a second confirmation', async () => {
    const { wrapper, operations } = await mountPanel(admin, [token()]);
    await wrapper.get('[data-testid="api-token-revoke"]').trigger('click');
    expect(operations.some((op) => op.operationName === 'RevokeApiToken')).toBe(false);
    expect(wrapper.text()).toContain('Отозвать «Синхронизация портала»?');
    await wrapper.get('[data-testid="api-token-confirm-revoke"]').trigger('click');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'RevokeApiToken')?.variables).toEqual({ id: '1' });
    expect(wrapper.get('[data-testid="api-token-status"]').text()).toBe('Отозван 16.02.2026, 11:00 МСК');
    expect(wrapper.get('[data-testid="api-token-flash"]').text()).toBe('Токен «Синхронизация портала» отозван.');
  });
});
