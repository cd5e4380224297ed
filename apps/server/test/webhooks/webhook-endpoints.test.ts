import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../../src/entities/auth/user.entity.js';
import { Role } from '../../src/entities/auth/role.enum.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { ProblemList } from '../../src/common/errors.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { checkWebhookUrl } from '../../src/modules/webhooks/webhook-url.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { ADMIN, AGENT1, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { ALL_EVENT_KINDS, CREATE_ENDPOINT, createEndpoint, DELETE_ENDPOINT, DELIVERIES, ENDPOINTS, SEND_TEST, SET_ENABLED } from '../support/webhooks.js';

const URL = 'http://127.0.0.1:9/hooks';

describe.each(TEST_DATABASES)('webhook endpoints: who manages them, and what a valid one is (%s)', (kind) => {
  let t: TestApp;
  let partner: string;
  let admin: string;
  let betaId: string;
  let partnerOrgId: string;

  beforeAll(async () => {
    t = await startTestApp(kind, { env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    [partner, admin] = await Promise.all([t.login(PARTNER), t.login(ADMIN)]);
    const em = t.app.orm.em.fork();
    const partnerOrg = await em.findOneOrFail(Organization, { name: 'ООО Партнёр-Сервис' });
    partnerOrgId = String(partnerOrg.id);
    betaId = String((await em.findOneOrFail(Organization, { name: 'ПАО Бета' })).id);
    // A partner user who is not the organization's admin.
    em.create(User, { email: 'partner-user@demo.local', fullName: 'Пётр Рядовой', role: Role.PARTNER, organization: partnerOrg, passwordHash: await hashPassword(DEMO_PASSWORD) });
    await em.flush();
  });
  afterAll(async () => t?.close());

  it('#18: agents, team leads, customers and a partner user who is not its admin are FORBIDDEN; without a token UNAUTHENTICATED', async () => {
    const { endpoint } = await createEndpoint(t, admin, { url: URL, organizationId: betaId });
    for (const email of [AGENT1, LEAD, ALFA, 'partner-user@demo.local']) {
      const token = await t.login(email);
      await expectCode(t, 'FORBIDDEN', ENDPOINTS, {}, token);
      await expectCode(t, 'FORBIDDEN', CREATE_ENDPOINT, { input: { url: URL, events: ALL_EVENT_KINDS } }, token);
      await expectCode(t, 'FORBIDDEN', SET_ENABLED, { id: endpoint.id, on: false }, token);
      await expectCode(t, 'FORBIDDEN', SEND_TEST, { id: endpoint.id }, token);
    }
    await expectCode(t, 'UNAUTHENTICATED', ENDPOINTS);
    await t.gql(DELETE_ENDPOINT, { id: endpoint.id }, admin);
  });

  it("#18: a partner's admin registers for its own organization only, and another organization's endpoint is NOT_FOUND to it", async () => {
    const own = await createEndpoint(t, partner, { url: URL });
    expect(own.endpoint.organization.id).toBe(partnerOrgId);
    await expectCode(t, 'FORBIDDEN', CREATE_ENDPOINT, { input: { url: URL, events: ALL_EVENT_KINDS, organizationId: betaId } }, partner);
    const beta = await createEndpoint(t, admin, { url: URL, organizationId: betaId });
    for (const [query, variables] of [
      [SET_ENABLED, { id: beta.endpoint.id, on: false }],
      [DELETE_ENDPOINT, { id: beta.endpoint.id }],
      [SEND_TEST, { id: beta.endpoint.id }],
      [DELIVERIES, { id: beta.endpoint.id }],
    ] as const) {
      await expectCode(t, 'NOT_FOUND', query, variables, partner);
    }
    const listed = (await t.gql(ENDPOINTS, {}, partner)).webhookEndpoints.map((e: { id: string }) => e.id);
    expect(listed).toEqual([own.endpoint.id]);
    const all = (await t.gql(ENDPOINTS, {}, admin)).webhookEndpoints.map((e: { id: string }) => e.id);
    expect(all).toEqual(expect.arrayContaining([own.endpoint.id, beta.endpoint.id]));
    // The secret is shown once: the endpoint type has no field for it.
    expectOneError(await t.gqlErrors('{ webhookEndpoints { id secret } }', {}, admin), 'GRAPHQL_VALIDATION_FAILED');
    expect(await t.gql(DELETE_ENDPOINT, { id: own.endpoint.id }, partner)).toEqual({ deleteWebhookEndpoint: own.endpoint.id });
    await t.gql(DELETE_ENDPOINT, { id: beta.endpoint.id }, admin);
  });

  it('#18: a bad URL, no event kinds and a missing organization are BAD_USER_INPUT naming every field', async () => {
    const errors = await t.gqlErrors(CREATE_ENDPOINT, { input: { url: 'ftp://example.com/x', events: [] } }, admin);
    expect(fieldsOf(expectOneError(errors, 'BAD_USER_INPUT')).sort()).toEqual(['input.events', 'input.organizationId', 'input.url']);
    for (const url of ['http://example.com/hooks', 'not a url', 'https://user:pw@example.com/h', `https://example.com/${'x'.repeat(300)}`]) {
      const error = expectOneError(await t.gqlErrors(CREATE_ENDPOINT, { input: { url, events: ['TICKET_CREATED'] } }, partner), 'BAD_USER_INPUT');
      expect(fieldsOf(error)).toEqual(['input.url']);
    }
    expect((await createEndpoint(t, partner, { url: 'https://partner.example/hooks', events: ['SLA_ALERT', 'SLA_ALERT'] })).endpoint.events).toEqual(['SLA_ALERT']);
  });

  it('#18: without METRICS_ENABLED there is no /metrics', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
  });

  it('#18: in production only https:// is accepted, loopback http included', () => {
    const check = (url: string, production: boolean) => {
      const problems = new ProblemList();
      checkWebhookUrl(url, production, 'input.url', problems);
      return problems.isEmpty;
    };
    expect(check('http://127.0.0.1:8080/h', false)).toBe(true);
    expect(check('http://127.0.0.1:8080/h', true)).toBe(false);
    expect(check('https://partner.example/h', true)).toBe(true);
  });
});
