import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationHash } from '../../src/modules/integrations/index.js';
import { issuePartnerToken } from '../support/api-tokens.js';
import { ADMIN, LEAD, PARTNER } from '../support/demo-data.js';
import { openEventStream } from '../support/event-stream.js';
import { postGraphQL } from '../support/graphql-client.js';
import { openSocket } from '../support/socket-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const ALLOWED = 'query PartnerTickets { tickets(first: 5) { totalCount } }';
const OTHER = 'query WhoAmI { me { email } }';
const ADD = 'mutation($n: String!, $d: String!) { addPersistedOperation(name: $n, document: $d) { id name sha256 } }';
const SWITCH = 'mutation($on: Boolean!) { setOperationAllowListEnforced(enforced: $on) }';

/** #18: while enforced, a partner API token runs only allow-listed operations — over HTTP, WebSocket and SSE alike. */
describe.each(TEST_DATABASES)('the allow-list of partner API tokens on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login(ADMIN);
    token = (await issuePartnerToken(t, 'pinned')).token;
  });
  afterAll(async () => t?.close());

  it('admins add operations (the server computes the hash), refuse invalid or duplicate ones, and every change is audited', async () => {
    const added = (await t.gql(ADD, { n: 'PartnerTickets', d: ALLOWED }, admin)).addPersistedOperation;
    expect(added).toMatchObject({ name: 'PartnerTickets', sha256: operationHash(ALLOWED) });
    const fieldsOf = async (variables: Record<string, unknown>) => (await t.gqlErrors(ADD, variables, admin))[0]!.extensions;
    expect(await fieldsOf({ n: 'Broken', d: '{ me { nope } }' })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'document' }] });
    expect(await fieldsOf({ n: 'Again', d: ALLOWED })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'document' }] });
    expect(await fieldsOf({ n: 'PartnerTickets', d: OTHER })).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'name' }] });
    const removable = (await t.gql(ADD, { n: 'Temporary', d: 'query Temporary { me { id } }' }, admin)).addPersistedOperation;
    expect((await t.gql('mutation($id: ID!) { removePersistedOperation(id: $id) }', { id: removable.id }, admin)).removePersistedOperation).toBe(true);
    expect((await t.gql('{ persistedOperations { name } operationAllowListEnforced }', {}, admin))).toEqual({ persistedOperations: [{ name: 'PartnerTickets' }], operationAllowListEnforced: false });
    const kinds = (await t.gql('{ auditLog(first: 10) { edges { node { kind } } } }', {}, admin)).auditLog.edges.map((e: { node: { kind: string } }) => e.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['PERSISTED_OPERATION_ADDED', 'PERSISTED_OPERATION_REMOVED']));
  });

  it('off: a partner token runs anything its role allows; on: only listed operations, by text or APQ hash, over every transport', async () => {
    expect((await t.gql(OTHER, {}, token)).me.email).toBe(PARTNER);
    expect((await t.gql(SWITCH, { on: true }, admin)).setOperationAllowListEnforced).toBe(true);

    // HTTP: listed runs, in full or by its APQ hash; anything else is 403 FORBIDDEN, reason OPERATION_NOT_ALLOWED.
    expect((await t.gql(ALLOWED, {}, token)).tickets.totalCount).toBeGreaterThanOrEqual(0);
    const apq = { persistedQuery: { version: 1, sha256Hash: operationHash(ALLOWED) } };
    // A persisted operation runs by its hash alone, never registered by a client: the allow-list backs the APQ cache.
    expect((await postApq(t.url, token, { extensions: apq })).data).toMatchObject({ tickets: { totalCount: expect.any(Number) } });
    expect((await postApq(t.url, token, { query: ALLOWED, extensions: apq })).data).toMatchObject({ tickets: { totalCount: expect.any(Number) } });
    const unlisted = { persistedQuery: { version: 1, sha256Hash: operationHash(OTHER) } };
    expect((await postApq(t.url, token, { extensions: unlisted })).errors).toMatchObject([{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    const refused = await postGraphQL(t.url, OTHER, {}, token);
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'OPERATION_NOT_ALLOWED', operationName: 'WhoAmI' });

    // WebSocket.
    const socket = await openSocket(t.url, token);
    try {
      expect((await socket.run(ALLOWED)).data).toMatchObject({ tickets: { totalCount: expect.any(Number) } });
      expect((await socket.run(OTHER)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATION_NOT_ALLOWED', operationName: 'WhoAmI' });
    } finally {
      await socket.close();
    }

    // SSE.
    const streamed = await openEventStream(t.url, token, OTHER);
    await streamed.until((results) => results.length >= 1);
    expect(streamed.results[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OPERATION_NOT_ALLOWED' });
    const allowed = await openEventStream(t.url, token, ALLOWED);
    await allowed.until((results) => results.length >= 1);
    expect(allowed.results[0]!.data).toMatchObject({ tickets: { totalCount: expect.any(Number) } });

    // Staff and console sessions (the partner user signed in) are never limited.
    expect((await t.gql(OTHER, {}, await t.login(PARTNER))).me.email).toBe(PARTNER);
    expect((await t.gql(OTHER, {}, await t.login(LEAD))).me.email).toBe(LEAD);

    expect((await t.gql(SWITCH, { on: false }, admin)).setOperationAllowListEnforced).toBe(false);
    expect((await t.gql(OTHER, {}, token)).me.email).toBe(PARTNER);
    const switched = (await t.gql('{ auditLog(first: 5) { edges { node { kind after } } } }', {}, admin)).auditLog.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'OPERATION_ALLOW_LIST_SWITCHED');
    expect(switched.map((e: { node: { after: string } }) => JSON.parse(e.node.after))).toEqual([{ enforced: false }, { enforced: true }]);
  });
});

/** An APQ request: the hash with its query (registers it), or the hash alone. */
async function postApq(url: string, token: string, body: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}
