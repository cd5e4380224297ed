import fc from 'fast-check';
import { getNamedType, isInputObjectType, isNonNullType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RefusedRequest } from '../../src/entities/tickets/refused-request.entity.js';
import { ADMIN, ALFA } from '../support/demo-data.js';
import { postGraphQL } from '../support/graphql-client.js';
import { rawRequest } from '../support/raw-http.js';
import { argumentsOf, documentOf, operationsOf, publishedSchema } from '../support/schema-operations.js';
import { CREATE_TICKET, ticketInput } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Strings an attacker sends: control characters and NUL, broken surrogates, RTL overrides, SQL and markup. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', '\udc00x', '\u202e\u200fRTL', '\u001b[2J', "'; drop table users; --", '<script>alert(1)</script>', '%s%n', ' ', ''),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(500)),
);
/** Ids that name nothing: malformed, negative, fractional, beyond 32 bits. */
const hostileId = fc.constantFrom('abc', '-1', '0', '1.5', '1e3', '0x10', ' 7', '', '99999999999', '2147483648', '999999999999999999999', '\u0000', 'SD-000001');
const hostileInt = fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 1_000_000);
const hostileFloat = fc.constantFrom(0, -0, -1, 1e308, -1e308, 0.1);
const hostileDate = fc.constantFrom('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T10:00:00Z', 'yesterday', '', '2026-03-11T10:00:00+14:00');

/** A value for a type: hostile scalars, valid enums, input objects with every field. */
function hostile(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  if ('ofType' in inner) return fc.array(hostile(inner.ofType as GraphQLInputType), { maxLength: 3 });
  if (isInputObjectType(inner)) {
    const fields = Object.values(inner.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, hostile(f.type)])), { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  }
  const named = getNamedType(inner);
  if ('getValues' in named) return fc.constantFrom(...named.getValues().map((v) => v.value));
  switch (named.name) {
    case 'ID':
      return hostileId;
    case 'Int':
      return hostileInt;
    case 'Float':
      return hostileFloat;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return hostileDate;
    case 'JSONObject':
      return fc.constantFrom({}, { a: '\u0000' }, { nested: { deep: [1, 2, 3] } });
    default:
      return hostileText;
  }
}

const operations = operationsOf(publishedSchema()).filter((o) => o.kind !== 'subscription');
/** Runs per operation and caller: bounded, so the suite stays fast (#15). */
const RUNS = 6;

/**
 * #15 input fuzzing: every argument of every query and mutation, with hostile values, for a customer and
 * an admin (who reaches deepest): no answer is INTERNAL_SERVER_ERROR or HTTP 500, the server stays healthy.
 */
describe.each(TEST_DATABASES)('input fuzzing on %s', (kind) => {
  let t: TestApp;
  let tokens: string[];
  beforeAll(async () => {
    t = await startTestApp(kind);
    tokens = [await t.login(ALFA), await t.login(ADMIN)];
  });
  afterAll(async () => t?.close());

  it(`every argument of ${operations.length} operations, ${RUNS} runs each per caller: never INTERNAL_SERVER_ERROR`, async () => {
    let calls = 0;
    for (const operation of operations) {
      const args = argumentsOf(operation.field, true);
      const query = documentOf(operation, args);
      const variables = fc.record(Object.fromEntries(args.map((a) => [a.name, hostile(a.type)])));
      await fc.assert(
        fc.asyncProperty(variables, fc.constantFrom(...tokens), async (values, token) => {
          calls += 1;
          const { status, body } = await postGraphQL(t.url, query, values, token);
          const codes = (body.errors ?? []).map((e) => e.extensions?.code);
          expect(codes, `${operation.name} ${JSON.stringify(values).slice(0, 300)}`).not.toContain('INTERNAL_SERVER_ERROR');
          expect(status).toBeLessThan(500);
        }),
        { numRuns: RUNS * tokens.length, seed: 15 },
      );
    }
    expect(calls).toBe(operations.length * RUNS * tokens.length);
    expect((await rawRequest(t.url, '/healthz')).status).toBe(200);
    // Runs for every operation of the schema: the time grows with it, not per call.
  }, 120_000);

  it('a 1 MB text argument is refused or served, never INTERNAL_SERVER_ERROR', async () => {
    const huge = 'я'.repeat(1024 * 1024 / 2);
    const customer = tokens[0]!;
    for (const [query, variables] of [
      ['mutation($e: String!) { login(email: $e, password: $e) { token } }', { e: huge }],
      ['query($q: String!) { searchTickets(query: $q) { totalCount } }', { q: huge }],
      ['query($s: String!) { faqArticle(slug: $s) { id } }', { s: huge }],
      [CREATE_TICKET, { input: ticketInput({ description: huge }) }],
    ] as const) {
      const { status, body } = await postGraphQL(t.url, query, variables, customer);
      expect(status).toBeLessThan(500);
      expect((body.errors ?? []).map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    }
  });

  it('ID-1: every refused ticket request with hostile text is still kept in refused_requests', async () => {
    const customer = tokens[0]!;
    const em = () => t.app.orm.em.fork();
    let refused = 0;
    const before = await em().count(RefusedRequest, {});
    const fields = fc.record({ identifier: hostileText, organizationName: hostileText, subject: hostileText, description: hostileText, fullName: hostileText, phone: hostileText });
    await fc.assert(
      fc.asyncProperty(fields, async (f) => {
        const input = ticketInput({ ...f, contact: { fullName: f.fullName, position: 'Инженер', phone: f.phone } });
        delete (input as Record<string, unknown>).fullName;
        delete (input as Record<string, unknown>).phone;
        const { body } = await postGraphQL(t.url, CREATE_TICKET, { input }, customer);
        expect((body.errors ?? []).map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
        if (body.errors?.length) refused += 1;
      }),
      { numRuns: 25, seed: 15 },
    );
    expect(refused).toBeGreaterThan(0);
    expect(await em().count(RefusedRequest, {})).toBe(before + refused);
  });
});
