import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, type GraphQLErrorShape } from '../support/graphql-client.js';
import { AGENT1, ALFA, LEAD } from '../support/demo-data.js';
import { CREATE_TICKET, createTicket, ticketInput } from '../support/tickets.js';
import { expectOneError, fieldsOf } from '../support/expect-errors.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** `depth` nested fields of the introspection schema: __schema { types { fields { type { ofType … { name } } } } }. */
function introspectionOfDepth(depth: number): string {
  const inner = depth - 4; // __schema, types, fields, type … name
  let body = 'name';
  for (let i = 0; i < inner - 1; i += 1) body = `ofType { ${body} }`;
  return `{ __schema { types { fields { type { ${body} } } } } }`;
}

describe.each(TEST_DATABASES)('errors and limits on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(msk('2026-03-04T12:00'));
  /** Every error any test here received, checked at the end for stack traces. */
  const seen: GraphQLErrorShape[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => t?.close());

  const errorsOf = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const { status, body } = await postGraphQL(t.url, query, variables, token);
    expect(body.errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
    seen.push(...body.errors!);
    return { status, errors: body.errors! };
  };

  describe('operation limits', () => {
    it('an over-deep query is refused with OPERATION_TOO_COMPLEX before anything runs', async () => {
      const { errors } = await errorsOf(introspectionOfDepth(12));
      const error = expectOneError(errors, 'OPERATION_TOO_COMPLEX');
      expect(error.extensions).toMatchObject({ limit: 'depth', actual: 12, allowed: 10 });
    });

    it('depth counts through fragments', async () => {
      const query = `
        query { __schema { ...Types } }
        fragment Types on __Schema { types { fields { type { ...Deep } } } }
        fragment Deep on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } }
      `;
      const { errors } = await errorsOf(query);
      expect(expectOneError(errors, 'OPERATION_TOO_COMPLEX').extensions).toMatchObject({ limit: 'depth' });
    });

    it('a query exactly at the depth limit runs', async () => {
      const body = await t.raw(introspectionOfDepth(10));
      expect(body.errors).toBeUndefined();
    });

    it('an over-costly query (large pages, aliased) is refused with OPERATION_TOO_COMPLEX', async () => {
      const fields = 'edges { node { id number subject status priority receivedAt responseDueAt organization { id name } assignee { id email } } }';
      const query = `{ ${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map((alias) => `${alias}: tickets(first: 200) { ${fields} }`).join(' ')} }`;
      const { errors } = await errorsOf(query, {}, await t.login(LEAD));
      const error = expectOneError(errors, 'OPERATION_TOO_COMPLEX');
      expect(error.extensions).toMatchObject({ limit: 'complexity', allowed: 20_000 });
      expect(error.extensions?.actual as number).toBeGreaterThan(20_000);
    });

    it('the same query with one alias is within the limit', async () => {
      const body = await t.raw('{ a: tickets(first: 200) { edges { node { id number subject } } } }', {}, await t.login(LEAD));
      expect(body.errors).toBeUndefined();
    });
  });

  describe('malformed operations', () => {
    it('a syntax error has a code (GRAPHQL_PARSE_FAILED) and HTTP 400', async () => {
      const { status, errors } = await errorsOf('{ me { id ');
      expect(status).toBe(400);
      expectOneError(errors, 'GRAPHQL_PARSE_FAILED');
    });

    it('an unknown field is GRAPHQL_VALIDATION_FAILED', async () => {
      const { status, errors } = await errorsOf('{ me { id shoeSize } }', {}, await t.login(AGENT1));
      expect(status).toBe(400);
      expect(errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors[0]?.message).toMatch(/shoeSize/);
    });

    it('an unknown root field or argument is GRAPHQL_VALIDATION_FAILED', async () => {
      expect((await errorsOf('{ everything { id } }')).errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await errorsOf('{ queue(last: 5) { totalCount } }')).errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('an unknown enum literal is GRAPHQL_VALIDATION_FAILED', async () => {
      const { errors } = await errorsOf('{ responseDeadline(supportLevel: GOLD, criticality: CRITICAL, receivedAt: "2026-03-04T12:00:00Z") }');
      expect(errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('a variable of the wrong type or a missing required variable is BAD_USER_INPUT, not an internal error', async () => {
      const wrongEnum = await errorsOf(
        'query($l: SupportLevel!) { responseDeadline(supportLevel: $l, criticality: CRITICAL, receivedAt: "2026-03-04T12:00:00Z") }',
        { l: 'GOLD' },
      );
      expect(wrongEnum.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const missing = await errorsOf('query($id: ID!) { ticket(id: $id) { id } }', {}, await t.login(AGENT1));
      expect(missing.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const input = ticketInput();
      delete input.subject;
      const incomplete = await errorsOf(CREATE_TICKET, { input }, await t.login(ALFA));
      expect(fieldsOf(expectOneError(incomplete.errors, 'BAD_USER_INPUT'))).toEqual(['input.subject']);
    });

    it('an empty request body is refused with a code', async () => {
      const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(response.status).toBe(400);
    });
  });

  describe('error shape', () => {
    it('domain errors carry a code and a path, not a stack', async () => {
      const alfa = await t.login(ALFA);
      const ticket = await createTicket(t, alfa);
      const agent = await t.login(AGENT1);
      const start = 'mutation($id: ID!) { startWork(ticketId: $id) { id } }';
      await t.gql(start, { id: ticket.id }, agent);
      const cases: [string, Record<string, unknown>, string | undefined, string][] = [
        ['{ me { id } }', {}, undefined, 'UNAUTHENTICATED'],
        ['{ queue { totalCount } }', {}, alfa, 'FORBIDDEN'],
        [CREATE_TICKET, { input: ticketInput({ identifier: ' ' }) }, alfa, 'BAD_USER_INPUT'],
        [start, { id: '999999' }, agent, 'NOT_FOUND'],
        [start, { id: ticket.id }, agent, 'CONFLICT'],
      ];
      for (const [query, variables, token, code] of cases) {
        const { errors } = await errorsOf(query, variables, token);
        const error = expectOneError(errors, code);
        expect(error.path?.length, code).toBeGreaterThan(0);
      }
    });

    it('an unexpected failure says only "Internal server error"', async () => {
      // A forged cursor currently reaches the database (see the BUG in queue.test.ts); whatever the
      // answer, it must not leak SQL or a stack.
      const after = Buffer.from(JSON.stringify(['a', 'b', 'c', 'd'])).toString('base64url');
      const { errors } = await errorsOf('query($a: String) { queue(first: 5, after: $a) { totalCount } }', { a: after }, await t.login(LEAD));
      for (const error of errors) {
        expect(error.message).not.toMatch(/select|NaN|sqlite|postgres/i);
        if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') expect(error.message).toBe('Internal server error');
      }
    });

    it('no error response ever contains a stacktrace', async () => {
      // Its own spread of failures, plus whatever the tests above collected.
      const alfa = await t.login(ALFA);
      const agent = await t.login(AGENT1);
      const ticket = await createTicket(t, alfa);
      const start = 'mutation($id: ID!) { startWork(ticketId: $id) { id } }';
      await t.gql(start, { id: ticket.id }, agent);
      await errorsOf('{ me { id } }');
      await errorsOf('{ me { id } }', {}, 'garbage');
      await errorsOf('{ refusedRequests { id } }', {}, alfa);
      await errorsOf(CREATE_TICKET, { input: ticketInput({ identifier: '', contact: { fullName: '', position: '', phone: '' } }) }, alfa);
      await errorsOf(start, { id: '999999' }, agent);
      await errorsOf(start, { id: ticket.id }, agent);
      await errorsOf('{ me { id ');
      await errorsOf('{ me { shoeSize } }', {}, agent);
      await errorsOf(introspectionOfDepth(15));
      await errorsOf('query($l: SupportLevel!) { responseDeadline(supportLevel: $l, criticality: CRITICAL, receivedAt: "2026-03-04T12:00:00Z") }', { l: 'GOLD' });
      const codes = new Set(seen.map((e) => e.extensions?.code));
      for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_TOO_COMPLEX']) {
        expect(codes, code).toContain(code);
      }
      for (const error of seen) {
        expect(error.extensions, JSON.stringify(error)).toBeDefined();
        expect(typeof error.extensions!.code).toBe('string');
        expect(error.extensions).not.toHaveProperty('stacktrace');
        expect(JSON.stringify(error)).not.toMatch(/\n\s+at /);
      }
    });
  });
});

describe.each(TEST_DATABASES)('a tighter configured depth limit on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { env: { MAX_QUERY_DEPTH: '4' } });
  });
  afterAll(async () => t?.close());

  it('MAX_QUERY_DEPTH applies to ordinary queries', async () => {
    const token = await t.login(LEAD);
    const errors = await t.gqlErrors('{ tickets { edges { node { organization { name } } } } }', {}, token);
    expect(expectOneError(errors, 'OPERATION_TOO_COMPLEX').extensions).toMatchObject({ limit: 'depth', actual: 5, allowed: 4 });
    const ok = await t.raw('{ tickets { edges { node { id } } } }', {}, token);
    expect(ok.errors).toBeUndefined();
  });
});
