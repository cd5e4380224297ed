import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePartnerToken } from '../support/api-tokens.js';
import { ADMIN, AGENT1, BETA, BETA_EXT } from '../support/demo-data.js';
import { openEventStream } from '../support/event-stream.js';
import { createTicket } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const WATCH = 'subscription Watch($id: ID!) { ticketUpdated(id: $id) { id status organization { name } } }';
const FIELDS = 'edges { node { id number subject status priority receivedAt responseDueAt organization { id name } assignee { id email } } }';
const COSTLY = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: tickets(first: 200) { ${FIELDS} }`).join(' ')} }`;

/** #18: GraphQL over Server-Sent Events has the doors of graphql-ws — authentication, scoping, limits, revocation. */
describe.each(TEST_DATABASES)('GraphQL over SSE at /graphql/stream on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let agent: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login(ADMIN);
    agent = await t.login(AGENT1);
  });
  afterAll(async () => t?.close());

  it("a partner token streams its customer's ticket updates, and is refused another customer's ticket", async () => {
    const { token } = await issuePartnerToken(t, 'sse watch');
    const served = await createTicket(t, token);
    const stream = await openEventStream(t.url, token, WATCH, { id: served.id });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(stream.headers['x-accel-buffering']).toBe('no');
      await stream.until((results) => results.length >= 1);
      expect(stream.results[0]).toEqual({ data: { ticketUpdated: { id: served.id, status: 'NEW', organization: { name: 'АО Альфа' } } } });
      await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id: served.id }, agent);
      await stream.until((results) => results.some((r) => r.data?.ticketUpdated.status === 'IN_PROGRESS'));
    } finally {
      stream.close();
    }

    const other = await createTicket(t, await t.login(BETA), { ...BETA_EXT, contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02' } });
    const refused = await openEventStream(t.url, token, WATCH, { id: other.id });
    await refused.until((results) => results.length >= 1);
    expect(refused.results[0]!.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.results[0]!.data ?? null).toBeNull();
    await expect.poll(() => refused.ended()).toBe(true);
  });

  it('refuses a stream without a valid token (401), without Accept: text/event-stream (406), and an over-costly or invalid operation', async () => {
    const anonymous = await openEventStream(t.url, null, WATCH, { id: '1' });
    expect(anonymous.status).toBe(401);
    await expect.poll(() => anonymous.ended()).toBe(true);
    expect(JSON.parse(anonymous.body).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await openEventStream(t.url, 'dsk_1_nope', WATCH, { id: '1' })).status).toBe(401);
    const plain = await openEventStream(t.url, agent, WATCH, { id: '1' }, { accept: 'application/json' });
    expect(plain.status).toBe(406);

    const costly = await openEventStream(t.url, agent, COSTLY);
    await costly.until((results) => results.length >= 1);
    expect(costly.results[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', limit: 'complexity' });
    const invalid = await openEventStream(t.url, agent, '{ me { nope } }');
    await invalid.until((results) => results.length >= 1);
    expect(invalid.results[0]!.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badVariable = await openEventStream(t.url, agent, 'query($n: Int!) { tickets(first: $n) { totalCount } }', { n: 'many' });
    await badVariable.until((results) => results.length >= 1);
    expect(badVariable.results[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'n' }] });
  });

  it('a query runs once over the stream and the stream ends; the security headers are those of every answer', async () => {
    const once = await openEventStream(t.url, agent, '{ me { email } }');
    await once.until((results) => results.length >= 1);
    expect(once.results[0]).toEqual({ data: { me: { email: AGENT1 } } });
    await expect.poll(() => once.ended()).toBe(true);
    expect(once.headers['content-security-policy']).toContain("default-src 'self'");
    expect(once.headers['x-content-type-options']).toBe('nosniff');
    // Same-origin only, as /graphql: no CORS grant for other sites' scripts.
    expect(once.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("an API token's rate limit counts each stream; over it the answer is 429 with Retry-After, as over HTTP", async () => {
    const { token: limited } = await issuePartnerToken(t, 'sse limit', 2);
    // The limit counts per clock minute: start well inside one, so both streams below share it.
    const second = new Date().getUTCSeconds();
    if (second >= 45) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
    for (let i = 0; i < 2; i += 1) expect((await openEventStream(t.url, limited, '{ me { role } }')).status).toBe(200);
    const over = await openEventStream(t.url, limited, '{ me { role } }');
    expect(over.status).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    await expect.poll(() => over.ended()).toBe(true);
    expect(JSON.parse(over.body).errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  it("revoking the token ends its open stream at once, as it closes a socket", async () => {
    const { token, id } = await issuePartnerToken(t, 'sse revoked');
    const served = await createTicket(t, token);
    const stream = await openEventStream(t.url, token, WATCH, { id: served.id });
    await stream.until((results) => results.length >= 1);
    expect(stream.ended()).toBe(false);
    await t.gql('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, admin);
    await expect.poll(() => stream.ended(), { timeout: 5_000 }).toBe(true);
    expect((await openEventStream(t.url, token, WATCH, { id: served.id })).status).toBe(401);
  });
});
