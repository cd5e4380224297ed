import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/entities/auth/role.enum.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { postGraphQL } from '../support/graphql-client.js';
import { subscribe } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

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

  /** A second user of the partner organization, not its admin (the demo has one partner user). */
  async function partnerColleague(): Promise<{ id: string; email: string }> {
    const em = t.app.orm.em.fork();
    const admin = await em.findOneOrFail(User, { email: 'partner@demo.local' });
    const email = 'partner-dev@demo.local';
    const existing = await em.findOne(User, { email });
    const user = existing ?? em.create(User, { email, fullName: 'Дмитрий Разработчиков', role: Role.PARTNER, passwordHash: admin.passwordHash, organization: admin.organization });
    await em.flush();
    return { id: String(user.id), email };
  }

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
    // The secret is everything after `dsk_<id>_`: base64url, so it may hold an underscore itself.
    const secret = token.split('_').slice(2).join('_');
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(rows[0]!.secret_hash).not.toContain(secret);
    const forged = token.slice(0, -4) + 'AAAA';
    expect((await t.gqlErrors('{ me { id } }', {}, forged))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id: apiToken.id }, partner);
    expect((await t.gqlErrors('{ me { id } }', {}, token))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 429 RATE_LIMITED past the per-token limit', async () => {
    // The limit counts per clock minute: start well inside one, so all the requests below share it.
    const second = new Date().getUTCSeconds();
    if (second >= 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    const { token } = (await t.gql(CREATE_TOKEN, { u: partnerUserId, n: 'Tiny', l: 3 }, await t.login('admin@demo.local'))).createApiToken;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await postGraphQL(t.url, '{ me { id } }', {}, token)).status);
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses[3]).toBe(429);
    const { body, headers } = await postGraphQL(t.url, '{ me { id } }', {}, token);
    expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // The limit is per clock minute: Retry-After says when the next one starts.
    const retryAfter = Number(headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
    // A subscription socket with it is refused with 4429, not the 4403 of an invalid token.
    const live = await subscribe(t.url, token, 'subscription { ticketUpdated(id: "1") { id } }');
    expect(live.errors.some((e) => (e as { code?: number }).code === 4429)).toBe(true);
    await live.close();
  });

  it("a partner's own admin manages the organization's tokens; its other users only see their own", async () => {
    const partnerAdmin = await t.login('partner@demo.local');
    const colleague = await partnerColleague();
    const colleagueToken = await t.login(colleague.email);

    const holders = (await t.gql('{ apiTokenHolders { email organizationAdmin } }', {}, partnerAdmin)).apiTokenHolders;
    expect(holders.map((u: { email: string }) => u.email).sort()).toEqual([colleague.email, 'partner@demo.local'].sort());
    expect((await t.gql('{ apiTokenHolders { id } }', {}, colleagueToken)).apiTokenHolders).toEqual([]);
    expect((await t.gql('{ me { organizationAdmin } }', {}, partnerAdmin)).me.organizationAdmin).toBe(true);

    const created = (await t.gql(CREATE_TOKEN, { u: colleague.id, n: 'Портал коллеги' }, partnerAdmin)).createApiToken;
    expect(created.apiToken.user.email).toBe(colleague.email);
    const refused = await t.gqlErrors(CREATE_TOKEN, { u: colleague.id, n: 'Сам себе' }, colleagueToken);
    expect(refused[0]?.extensions?.code).toBe('FORBIDDEN');
    const revokeRefused = await t.gqlErrors(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: created.apiToken.id }, colleagueToken);
    expect(revokeRefused[0]?.extensions?.code).toBe('FORBIDDEN');

    // The colleague sees the tokens acting as them, and nothing else of the organization's.
    const seen = (await t.gql('{ apiTokens { id user { email } } }', {}, colleagueToken)).apiTokens;
    expect(seen.map((x: { id: string }) => x.id)).toEqual([created.apiToken.id]);
    const revoked = await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: created.apiToken.id }, partnerAdmin);
    expect(revoked.revokeApiToken.revokedAt).not.toBeNull();
  });

  it('only admins and the partner itself manage tokens; tokens act only as partner users', async () => {
    const agentErrors = await t.gqlErrors(CREATE_TOKEN, { u: partnerUserId, n: 'x' }, await t.login('agent1@demo.local'));
    expect(agentErrors[0]?.extensions?.code).toBe('FORBIDDEN');
    const leadId = (await t.gql('{ me { id } }', {}, await t.login('lead@demo.local'))).me.id;
    const wrongUser = await t.gqlErrors(CREATE_TOKEN, { u: leadId, n: 'x' }, await t.login('admin@demo.local'));
    expect(wrongUser[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'userId' })]);
  });
});
