import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, LEAD, PARTNER } from '../support/demo-data.js';
import { expectOneError, fieldsOf } from '../support/expect-errors.js';
import { openSocket, type GraphQLSocket } from '../support/socket-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** `depth` nested fields of the introspection schema, as in graphql/errors-and-limits.test.ts. */
function introspectionOfDepth(depth: number): string {
  let body = 'name';
  for (let i = 0; i < depth - 5; i += 1) body = `ofType { ${body} }`;
  return `{ __schema { types { fields { type { ${body} } } } } }`;
}

const FIELDS = 'edges { node { id number subject status priority receivedAt responseDueAt organization { id name } assignee { id email } } }';
const COSTLY = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: tickets(first: 200) { ${FIELDS} }`).join(' ')} }`;

/** #15 finding 2: an operation on the socket passes the same gates as over HTTP. */
describe.each(TEST_DATABASES)('operation limits over the WebSocket on %s', (kind) => {
  let t: TestApp;
  let socket: GraphQLSocket;
  beforeAll(async () => {
    t = await startTestApp(kind);
    socket = await openSocket(t.url, await t.login(LEAD));
  });
  afterAll(async () => {
    await socket?.close();
    await t?.close();
  });

  it('an over-costly aliased query is refused with OPERATION_TOO_COMPLEX, as over HTTP', async () => {
    const outcome = await socket.run(COSTLY);
    expect(outcome.data ?? null).toBeNull();
    const error = expectOneError(outcome.errors ?? [], 'OPERATION_TOO_COMPLEX');
    expect(error.extensions).toMatchObject({ limit: 'complexity', allowed: 20_000 });
    expect((await t.raw(COSTLY, {}, await t.login(LEAD))).errors?.[0]?.extensions?.code).toBe('OPERATION_TOO_COMPLEX');
  });

  it('an over-deep query is refused with OPERATION_TOO_COMPLEX; one at the limit runs', async () => {
    expect(expectOneError((await socket.run(introspectionOfDepth(43))).errors ?? [], 'OPERATION_TOO_COMPLEX').extensions).toMatchObject({ limit: 'depth', actual: 43 });
    expect((await socket.run(introspectionOfDepth(10))).errors).toBeUndefined();
  });

  it('a syntax error, an unknown field and a bad variable get the HTTP codes, and the socket stays open', async () => {
    expectOneError((await socket.run('{ me { id ')).errors ?? [], 'GRAPHQL_PARSE_FAILED');
    expect((await socket.run('{ me { nope } }')).errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const bad = expectOneError((await socket.run('query($n: Int!) { tickets(first: $n) { totalCount } }', { n: 'many' })).errors ?? [], 'BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['n']);
    expect(socket.closeCode).toBeNull();
    expect((await socket.run('{ me { email } }')).data).toEqual({ me: { email: LEAD } });
  });

  it("an API token's rate limit counts every operation on its socket; over it the socket closes with 4429", async () => {
    const partnerId = (await t.gql('{ me { id } }', {}, await t.login(PARTNER))).me.id;
    const created = await t.gql(
      'mutation($u: ID!) { createApiToken(userId: $u, name: "ws limit", rateLimitPerMinute: 3) { token } }',
      { u: partnerId },
      await t.login(ADMIN),
    );
    const limited = await openSocket(t.url, created.createApiToken.token);
    try {
      // The connection took one request of three.
      expect((await limited.run('{ me { role } }')).data).toEqual({ me: { role: 'PARTNER' } });
      expect((await limited.run('{ me { role } }')).data).toEqual({ me: { role: 'PARTNER' } });
      const over = await limited.run('{ me { role } }');
      expect(over.data ?? null).toBeNull();
      await expect.poll(() => limited.closeCode, { timeout: 10_000 }).toBe(4429);
    } finally {
      await limited.close();
    }
  });
});
