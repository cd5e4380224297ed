import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, AGENT1, ALFA, BETA, LEAD, PARTNER } from '../support/demo-data.js';
import type { GraphQLErrorShape } from '../support/graphql-client.js';
import { argumentsOf, documentOf, harmlessScalar, operationsOf, publishedSchema, valueOf, type SchemaOperation } from '../support/schema-operations.js';
import { openSocket } from '../support/socket-operation.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTicket } from '../support/tickets.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { EXPECTED_ACCESS, IDENTITIES, type Identity } from './authorization-table.js';

/** What an identity got: A — past the role gate (data, or a NOT_FOUND/BAD_USER_INPUT of its own), U — UNAUTHENTICATED, F — FORBIDDEN. */
function outcomeOf(errors: readonly GraphQLErrorShape[] | undefined): string {
  const codes = (errors ?? []).map((e) => e.extensions?.code);
  expect(codes, JSON.stringify(errors)).not.toContain('INTERNAL_SERVER_ERROR');
  return codes.includes('UNAUTHENTICATED') ? 'U' : codes.includes('FORBIDDEN') ? 'F' : 'A';
}

const operations = operationsOf(publishedSchema());

/**
 * #15: every query, mutation and subscription of the published schema, for every kind of caller,
 * against EXPECTED_ACCESS (authorization-table.ts). An operation added without a row fails here.
 */
describe('the authorization table covers the schema', () => {
  it('every operation has a row, and every row an operation', () => {
    expect(operations.map((o) => `${o.kind} ${o.name}`).sort()).toEqual(Object.keys(EXPECTED_ACCESS).sort());
  });
});

describe.each(TEST_DATABASES)('authorization matrix on %s', (kind) => {
  let t: TestApp;
  const tokens = new Map<Identity, string | null>();
  /** Arguments that must name a real row for the row to mean something: a ticket of Альфа. */
  const realIds: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp(kind);
    const emails: Partial<Record<Identity, string>> = { customer: ALFA, otherCustomer: BETA, partner: PARTNER, agent: AGENT1, lead: LEAD, admin: ADMIN };
    tokens.set('anonymous', null);
    for (const [identity, email] of Object.entries(emails)) tokens.set(identity as Identity, await t.login(email));
    const partnerId = (await t.gql('{ me { id } }', {}, tokens.get('partner')!)).me.id;
    const created = await t.gql('mutation($u: ID!) { createApiToken(userId: $u, name: "matrix") { token } }', { u: partnerId }, tokens.get('admin')!);
    tokens.set('partnerToken', created.createApiToken.token);
    realIds['ticketUpdated.id'] = (await createTicket(t, tokens.get('customer')!)).id;
  });
  afterAll(async () => t?.close());

  function probe(operation: SchemaOperation, identity: Identity): { query: string; variables: Record<string, unknown> } {
    const args = argumentsOf(operation.field);
    const pick = (scalar: string, path: string) => {
      if (operation.name === 'login' && path === 'email') return `matrix-${identity}@demo.local`; // not one throttled account
      return realIds[`${operation.name}.${path}`] ?? harmlessScalar(scalar);
    };
    return { query: documentOf(operation, args), variables: Object.fromEntries(args.map((a) => [a.name, valueOf(a.type, pick, a.name)])) };
  }

  it.each(['query', 'mutation'] as const)('every %s answers each caller as the table says', async (operationKind) => {
    const seen: Record<string, string> = {};
    for (const operation of operations.filter((o) => o.kind === operationKind)) {
      let row = '';
      for (const identity of IDENTITIES) {
        const { query, variables } = probe(operation, identity);
        row += outcomeOf((await t.raw(query, variables, tokens.get(identity) ?? undefined)).errors);
      }
      seen[`${operationKind} ${operation.name}`] = row;
    }
    const expected = Object.fromEntries(Object.keys(seen).map((key) => [key, EXPECTED_ACCESS[key]]));
    expect(seen).toEqual(expected);
    // Every operation times eight callers, one after another: the time grows with the schema, not per call.
  }, 120_000);

  it('every subscription answers each caller as the table says (anonymous sockets are refused at connect)', async () => {
    const subscriptions = operations.filter((o) => o.kind === 'subscription');
    const seen: Record<string, string> = Object.fromEntries(subscriptions.map((o) => [`subscription ${o.name}`, '']));
    // Every caller on a socket of its own at once: the quiet window below is waited out once, not once per caller.
    const outcomesByIdentity = await Promise.all(
      IDENTITIES.map(async (identity) => {
        const token = tokens.get(identity) ?? null;
        const socket = await openSocket(t.url, token);
        try {
          return await Promise.all(
            subscriptions.map(async (operation) => {
              if (socket.closeCode === 4403) return 'U';
              const { query, variables } = probe(operation, identity);
              // A subscription past its gate sends nothing until an event: quiet for a while counts as allowed.
              const answer = await Promise.race([socket.run(query, variables), new Promise<null>((resolve) => setTimeout(() => resolve(null), 3_000))]);
              return outcomeOf(answer?.errors);
            }),
          );
        } finally {
          await socket.close();
        }
      }),
    );
    for (const outcomes of outcomesByIdentity) subscriptions.forEach((operation, i) => (seen[`subscription ${operation.name}`] += outcomes[i]!));
    const expected = Object.fromEntries(Object.keys(seen).map((key) => [key, EXPECTED_ACCESS[key]]));
    expect(seen).toEqual(expected);
  });
});
