import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureSql } from '../../bench/support/sql-capture.js';
import { AGENT1, ALFA_BASIC, BETA_EXT, BETA_HW_EXT, LEAD } from '../support/demo-data.js';
import { createTicket, settleSlaTimers, userId, type QueuePage } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Wednesday 4 March 2026, 12:00 Moscow. */
const NOW = msk('2026-03-04T12:00');

/** Every Ticket field a TicketRow holds (TICKET_ROW_SHAPE): queue(first:) answers it from the read model (#17). */
const ROW_FIELDS = `id number subject category criticality supportLevel priority status channel receivedAt responseDueAt atRiskAt
  respondedAt escalationLevel rejectionReason organization { id name } assignee { id }`;

const pageQuery = (extra: string) => `query($first: Int!, $after: String) {
  queue(first: $first, after: $after) {
    version totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { ${ROW_FIELDS} ${extra} } }
  }
}`;
const READ_MODEL = pageQuery('');
// `description` is in no TicketRow: the same operation plus it takes the entity path.
const ENTITY_PATH = pageQuery('description');

interface QueueNode extends Record<string, unknown> {
  id: string;
  description?: string;
}
interface ReadModelPage extends QueuePage<QueueNode> {
  version: number;
}

describe.each(TEST_DATABASES)('queue read model on %s', (kind) => {
  let t: TestApp;
  let lead: string;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    lead = await t.login(LEAD);
    // A queue of every priority, ties on arrival, and a waiting ticket already assigned (TKT-6: still in the queue).
    const arrivals: [object, 'CRITICAL' | 'NON_CRITICAL', string][] = [
      [ALFA_BASIC, 'NON_CRITICAL', '2026-03-04T11:00'],
      [BETA_EXT, 'CRITICAL', '2026-03-04T11:50'],
      [ALFA_BASIC, 'CRITICAL', '2026-03-04T05:00'],
      [BETA_EXT, 'NON_CRITICAL', '2026-03-04T09:00'],
      [BETA_EXT, 'NON_CRITICAL', '2026-03-04T09:00'],
      [BETA_HW_EXT, 'NON_CRITICAL', '2026-03-04T08:00'],
      [ALFA_BASIC, 'NON_CRITICAL', '2026-03-03T10:00'],
    ];
    const ids: string[] = [];
    for (const [contract, criticality, at] of arrivals) {
      const ticket = await createTicket(t, lead, { ...contract, criticality, channel: 'PHONE', receivedAt: msk(at).toISOString(), subject: `read model ${at}` });
      ids.push(ticket.id);
    }
    await t.gql('mutation($t: ID!, $a: ID!) { assignTicket(ticketId: $t, assigneeId: $a) { id } }', { t: ids[3], a: await userId(t, AGENT1) }, lead);
    // The arrivals are long overdue by the manual clock: their SLA alerts are raised now, not by a
    // sweep between the two reads a comparison makes (each alert is a new queue version).
    await settleSlaTimers(t);
  });
  afterAll(async () => t?.close());

  const page = async (query: string, first: number, after: string | null = null) =>
    (await t.gql<{ queue: ReadModelPage }>(query, { first, after }, lead)).queue;
  const withoutDescription = (queue: ReadModelPage): ReadModelPage => ({
    ...queue,
    edges: queue.edges.map(({ cursor, node: { description: _description, ...node } }) => ({ cursor, node })),
  });

  it('#17: the read model answers the same page as the entity path: order, every field, organization, assignee, cursors, totalCount, version', async () => {
    const rows = await page(READ_MODEL, 200);
    const entities = await page(ENTITY_PATH, 200);
    expect(entities.edges.every((edge) => typeof edge.node.description === 'string')).toBe(true);
    expect(rows).toEqual(withoutDescription(entities));
    expect(rows.edges.length).toBeGreaterThanOrEqual(7);
    expect(rows.edges.some((edge) => edge.node.assignee !== null)).toBe(true);
    expect(new Set(rows.edges.map((edge) => (edge.node.organization as { name: string }).name))).toEqual(new Set(['АО Альфа', 'ПАО Бета']));
  });

  it.each([1, 2, 3])('#17: paging with first: %i walks the same pages and cursors on both paths', async (size) => {
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const rows = await page(READ_MODEL, size, after);
      const entities = await page(ENTITY_PATH, size, after);
      expect(rows).toEqual(withoutDescription(entities));
      if (!rows.pageInfo.hasNextPage) return;
      after = rows.pageInfo.endCursor;
    }
    throw new Error('the queue never ended');
  });

  it('#17: the read model reads version, page (with the organization) and count: no organization lookup', async () => {
    await settleSlaTimers(t); // the SLA sweeps run beside the request and their statements land in the capture too
    await page(READ_MODEL, 50); // the actor is cached from here on
    const organizationLookup = /from [`"]organizations[`"] as/;
    const { statements } = await captureSql(t.app.orm, () => page(READ_MODEL, 50));
    const queue = statements.filter((sql) => /queue_state|from tickets t join organizations|count\(\*\) as n from tickets/.test(sql));
    expect(queue, statements.join('\n')).toHaveLength(3);
    expect(queue[0]).toMatch(/from queue_state/);
    expect(statements.filter((sql) => organizationLookup.test(sql))).toEqual([]);
    // A field beyond the row brings the entities back, and with them the organization lookup.
    const entityPath = await captureSql(t.app.orm, () => page(ENTITY_PATH, 50));
    expect(entityPath.statements.some((sql) => organizationLookup.test(sql)), entityPath.statements.join('\n')).toBe(true);
  });

  it('#17: the version is read before the page, so a change after the read is never missed', async () => {
    const before = await page(READ_MODEL, 50);
    await createTicket(t, lead, { ...BETA_EXT, criticality: 'CRITICAL', channel: 'PHONE', receivedAt: NOW.toISOString(), subject: 'after the read' });
    const after = await page(READ_MODEL, 50);
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.totalCount).toBe(before.totalCount + 1);
  });
});
