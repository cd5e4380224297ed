import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALFA, LEAD } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const LIST = `query($first: Int!) {
  tickets(first: $first) {
    edges { node { id timeline { kind } messages { id } files { id } missingInformation { item } splitParts { id } } }
  }
}`;

/**
 * A partner portal listing tickets with their history must not cost one query
 * per ticket and field: the per-ticket fields are batched per request.
 */
describe.each(TEST_DATABASES)('ticket lists on %s', (kind) => {
  let t: TestApp;
  let statements = 0;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const logger = t.app.orm.config.getLogger() as unknown as { logQuery(context: unknown): void };
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      statements += 1;
      logQuery(context);
    };
    const customer = await t.login(ALFA);
    for (let i = 0; i < 12; i += 1) await createTicket(t, customer, { channel: 'PORTAL' });
  });
  afterAll(async () => t?.close());

  /**
   * The fewest statements of three runs: the counter sees the whole process, so a background
   * poll (outbox, webhooks, deadline timers) landing inside one run only ever adds to it.
   */
  async function statementsFor(first: number, token: string): Promise<{ count: number; tickets: number }> {
    await t.gql(LIST, { first: 1 }, token); // warm: sign-in lookups are cached after the first request
    let count = Number.POSITIVE_INFINITY;
    let tickets = 0;
    for (let run = 0; run < 3; run += 1) {
      const before = statements;
      const data = await t.gql<{ tickets: { edges: unknown[] } }>(LIST, { first }, token);
      count = Math.min(count, statements - before);
      tickets = data.tickets.edges.length;
    }
    return { count, tickets };
  }

  it('TKT-8, TKT-9, TKT-10: timeline, messages, files, missingInformation and splitParts cost the same for 2 tickets as for 12', async () => {
    for (const email of [LEAD, ALFA]) {
      const token = await t.login(email);
      const few = await statementsFor(2, token);
      const many = await statementsFor(12, token);
      expect(few.tickets).toBe(2);
      expect(many.tickets).toBe(12);
      expect(many.count).toBe(few.count);
    }
  });
});
