import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from './support/graphql-client.js';
import { subscribe } from './support/subscription-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_DATABASES } from './support/test-database.js';

const CREATE_TOKEN = `mutation($u: ID!, $n: String!, $l: Int) { createApiToken(userId: $u, name: $n, rateLimitPerMinute: $l) { token apiToken { id name rateLimitPerMinute lastUsedAt user { email } } } }`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id organization { name } } }`;

const ticketFor = (identifier: string, organizationName: string) => ({
  identifier,
  organizationName,
  contact: { fullName: 'Анна Альфина', position: 'ИБ', phone: '+7 812 000 00 01' },
  subject: 'Через API партнёра',
  description: 'Описание',
  category: 'INCIDENT',
  criticality: 'NON_CRITICAL',
  channel: 'API',
});

describe.each(TEST_DATABASES)('partner API tokens on %s', (kind) => {
  let t: TestApp;
  let partnerUserId: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    partnerUserId = (await t.gql('{ me { id } }', {}, await t.login('partner@demo.local'))).me.id;
  });
  afterAll(async () => t?.close());

  it('an admin creates a token for a partner user; it works as Bearer, scoped to the served customers, and records its use', async () => {
    const created = (await t.gql(CREATE_TOKEN, { u: partnerUserId, n: 'Portal sync', l: 100 }, await t.login('admin@demo.local'))).createApiToken;
    expect(created.token).toMatch(/^dsk_\d+_/);
    expect(created.apiToken).toMatchObject({ name: 'Portal sync', rateLimitPerMinute: 100, lastUsedAt: null, user: { email: 'partner@demo.local' } });

    const served = await t.gql(CREATE_TICKET, { input: ticketFor('DL-BASIC-0001', 'АО Альфа') }, created.token);
    expect(served.createTicket.organization.name).toBe('АО Альфа');
    const other = await t.gqlErrors(CREATE_TICKET, { input: ticketFor('DL-EXT-0001', 'ПАО Бета') }, created.token);
    expect(other[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gqlErrors('{ queue { totalCount } }', {}, created.token))[0]?.extensions?.code).toBe('FORBIDDEN');

    const live = await subscribe(t.url, created.token, `subscription($id: ID!) { ticketUpdated(id: $id) { id status } }`, { id: served.createTicket.id });
    expect(live.errors).toEqual([]);
    await live.close();

    const listed = (await t.gql('{ apiTokens { name lastUsedAt } }', {}, await t.login('partner@demo.local'))).apiTokens;
    expect(listed[0].lastUsedAt).not.toBeNull();
  });

  it('stores only a hash; a wrong secret or a revoked token is not authenticated', async () => {
    const partner = await t.login('partner@demo.local');
    const { token, apiToken } = (await t.gql(CREATE_TOKEN, { u: partnerUserId, n: 'Short-lived' }, partner)).createApiToken;
    const rows = await t.app.orm.em.fork().getConnection().execute('select secret_hash from api_tokens where id = ?', [Number(apiToken.id)]);
    expect(rows[0]!.secret_hash).not.toContain(token.split('_')[2]);
    const forged = token.slice(0, -4) + 'AAAA';
    expect((await t.gqlErrors('{ me { id } }', {}, forged))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id }, partner);
    expect((await t.gqlErrors('{ me { id } }', {}, token))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 429 RATE_LIMITED past the per-token limit', async () => {
    const { token } = (await t.gql(CREATE_TOKEN, { u: partnerUserId, n: 'Tiny', l: 3 }, await t.login('admin@demo.local'))).createApiToken;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await postGraphQL(t.url, '{ me { id } }', {}, token)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses[3]).toBe(429);
    const { body } = await postGraphQL(t.url, '{ me { id } }', {}, token);
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('only admins and the partner itself manage tokens; tokens act only as partner users', async () => {
    const agentErrors = await t.gqlErrors(CREATE_TOKEN, { u: partnerUserId, n: 'x' }, await t.login('agent1@demo.local'));
    expect(agentErrors[0]?.extensions?.code).toBe('FORBIDDEN');
    const leadId = (await t.gql('{ me { id } }', {}, await t.login('lead@demo.local'))).me.id;
    const wrongUser = await t.gqlErrors(CREATE_TOKEN, { u: leadId, n: 'x' }, await t.login('admin@demo.local'));
    expect(wrongUser[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'userId' })]);
  });
});
