import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Migration20261207170000_ticket_counts } from '../../src/migrations/Migration20261207170000_ticket_counts.js';
import { foldTicketCountDeltas } from '../../src/modules/tickets/ticket-counts.js';
import { ALFA, AGENT1, GAMMA_EXPIRED, LEAD } from '../support/demo-data.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket } from '../support/tickets.js';

const LIST = `query($filter: TicketFilter) { tickets(first: 1, filter: $filter) { totalCount } }`;

interface Filter {
  statuses?: string[];
  criticality?: string;
  supportLevel?: string;
  categories?: string[];
  unassigned?: boolean;
}

/** Every dimension of the rollup alone, together, and none. */
const FILTERS: Filter[] = [
  {},
  { statuses: ['NEW'] },
  { statuses: ['IN_PROGRESS', 'CLOSED', 'REJECTED'] },
  { criticality: 'CRITICAL' },
  { supportLevel: 'EXTENDED' },
  { categories: ['INCIDENT', 'FEATURE_REQUEST'] },
  { statuses: ['NEW', 'IN_PROGRESS'], criticality: 'NON_CRITICAL', supportLevel: 'BASIC', categories: ['INCIDENT'] },
  { unassigned: true },
];

interface Row {
  status: string;
  criticality: string;
  support_level: string;
  category: string;
  assignee_id: number | null;
}

/**
 * #17: the staff list's totalCount comes from the `ticket_counts` cells plus
 * the deltas the triggers appended since the last fold; it must be the count
 * over `tickets` after every kind of write (intake, refusal, the reaction,
 * reclassification, a bulk update), before and after a fold, and the
 * migration's backfill must build the cells the folds kept.
 */
describe.each(TEST_DATABASES)('ticket counts (#17) on %s', (kind) => {
  let t: TestApp;
  let lead: string;

  beforeAll(async () => {
    t = await startTestApp(kind, { seedDemoTickets: true });
    lead = await t.login(LEAD);
  });
  afterAll(async () => t?.close());

  const rows = () => t.app.orm.em.fork().getConnection().execute<Row[]>('select status, criticality, support_level, category, assignee_id from tickets');
  const matches = (filter: Filter) => (row: Row) =>
    (!filter.statuses || filter.statuses.includes(row.status)) &&
    (!filter.criticality || filter.criticality === row.criticality) &&
    (!filter.supportLevel || filter.supportLevel === row.support_level) &&
    (!filter.categories || filter.categories.includes(row.category)) &&
    (!filter.unassigned || row.assignee_id === null);

  async function expectCountsFromScratch(): Promise<void> {
    const all = await rows();
    for (const filter of FILTERS) {
      const listed = (await t.gql(LIST, { filter }, lead)).tickets.totalCount as number;
      expect(listed, JSON.stringify(filter)).toBe(all.filter(matches(filter)).length);
    }
  }

  it('totalCount equals the count over every ticket as tickets are created, refused, taken, reclassified and bulk-updated', async () => {
    await expectCountsFromScratch();
    const agent = await t.login(AGENT1);
    const critical = await createTicket(t, lead, { criticality: 'CRITICAL', category: 'INCIDENT' });
    const request = await createTicket(t, lead, { category: 'FEATURE_REQUEST' });
    const other = await createTicket(t, lead, { category: 'INCIDENT' });
    expect((await createTicket(t, lead, { ...GAMMA_EXPIRED })).status).toBe('REJECTED'); // ID-2: kept, refused
    await expectCountsFromScratch();
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: critical.id }, agent);
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: request.id }, agent);
    await t.gql(`mutation($id: ID!) { changeCriticality(ticketId: $id, criticality: CRITICAL, reason: "проверка") { id } }`, { id: other.id }, lead);
    await expectCountsFromScratch();
    // One statement moving many rows between cells, and one changing nothing counted.
    const connection = t.app.orm.em.fork().getConnection();
    await connection.execute(`update tickets set category = 'DOCUMENTATION_REQUEST' where category = 'INCIDENT'`);
    await connection.execute(`update tickets set subject = subject || '.'`);
    await expectCountsFromScratch();
    await foldTicketCountDeltas(t.app.orm.em.fork());
    const [left] = await connection.execute<{ n: number | string }[]>('select count(*) as n from ticket_count_deltas');
    expect(Number(left!.n)).toBe(0);
    await expectCountsFromScratch();
  });

  it('simultaneous intakes append their deltas without waiting for each other (no shared row, no deadlock)', async () => {
    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => createTicket(t, lead, { category: 'INCIDENT', criticality: i % 2 ? 'CRITICAL' : 'NON_CRITICAL' })));
    expect(created.every((ticket) => ticket.status === 'NEW')).toBe(true);
    await expectCountsFromScratch();
  });

  it('a customer still counts only their own tickets', async () => {
    const customer = await t.login(ALFA);
    const own = (await t.gql(`{ me { organization { id } } }`, {}, customer)).me.organization.id as string;
    const all = await t.app.orm.em.fork().getConnection().execute<{ n: number | string }[]>('select count(*) as n from tickets where organization_id = ?', [Number(own)]);
    expect((await t.gql(LIST, { filter: {} }, customer)).tickets.totalCount).toBe(Number(all[0]!.n));
  });

  it("the migration's backfill builds the very cells the triggers kept", async () => {
    const em = t.app.orm.em.fork();
    const connection = em.getConnection();
    const cells = () => connection.execute(`select * from ticket_counts where tickets <> 0 order by status, criticality, support_level, category`);
    await foldTicketCountDeltas(em);
    const kept = await cells();
    expect(kept.length).toBeGreaterThan(1);
    const migration = new Migration20261207170000_ticket_counts(em.getDriver(), t.app.orm.config);
    await migration.up();
    const backfill = migration.getQueries().map(String).find((sql) => sql.startsWith('insert into ticket_counts'))!;
    await connection.execute('delete from ticket_counts');
    await connection.execute(backfill);
    await connection.execute('delete from ticket_count_deltas');
    expect(await cells()).toEqual(kept);
  });
});
