import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EventLogEntry, EventStream } from '../../src/entities/realtime/event-log-entry.entity.js';
import { ALFA_BASIC, BETA_EXT, LEAD } from '../support/demo-data.js';
import { createTicket, queueOrder } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** Wednesday 4 March 2026, 12:00 Moscow: inside BASIC service hours. */
const NOW = msk('2026-03-04T12:00');

interface Waiting {
  readonly id: number;
  readonly position: number;
}

/**
 * #17: on PostgreSQL a new ticket is numbered at COMMIT by the database
 * (Migration20261207180000_intake_numbered_at_commit): the tickets ahead are
 * counted before the queue lock and corrected, under it, by the queue moves
 * committed in between. Here another transaction holds the lock while the
 * intake commits, makes a move, and commits: the new ticket's ADDED position
 * must be its place in the queue that move left, and the log must still
 * replay into the queue as it is.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('intake numbered at commit on postgresql', () => {
  let database: TestDatabase;
  let t: TestApp;
  let sql: pg.Client;
  let lead: string;
  let subjects = 0;

  beforeAll(async () => {
    database = await createTestDatabase('postgresql', { migrated: true });
    t = await startTestApp('postgresql', { clock: new ManualClock(NOW), database });
    lead = await t.login(LEAD);
    sql = new pg.Client({ connectionString: (database.config as { url: string }).url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await t?.close();
    await database?.drop();
  });

  beforeEach(async () => {
    // A queue of eight: two of each criticality on each level, arriving a minute apart.
    for (let i = 0; i < 8; i++) {
      await register(i % 2 ? BETA_EXT : ALFA_BASIC, i % 4 < 2 ? 'CRITICAL' : 'NON_CRITICAL', i);
    }
  });

  function register(contract: typeof ALFA_BASIC | typeof BETA_EXT, criticality: string, minutesAgo: number) {
    subjects += 1;
    return createTicket(t, lead, {
      ...contract,
      criticality,
      channel: 'PHONE',
      receivedAt: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
      subject: `Очередь ${subjects}`,
    });
  }

  async function waiting(): Promise<Waiting[]> {
    const ids = await queueOrder(t, lead);
    return ids.map((id, position) => ({ id: Number(id), position }));
  }

  /** Holds the queue lock in another session while `intake` commits, runs `move` in it, then commits. */
  async function raceWithMove(intake: () => Promise<{ id: string }>, move: (version: number) => Promise<void>): Promise<number> {
    await sql.query('begin');
    const locked = await sql.query<{ version: string }>('update queue_state set version = version + 1 where id = 1 returning version');
    const pending = intake();
    await waitForLockWaiter();
    await move(Number(locked.rows[0]!.version));
    await sql.query('commit');
    return Number((await pending).id);
  }

  async function waitForLockWaiter(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rows } = await sql.query<{ n: string }>(
        "select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()",
      );
      if (Number(rows[0]!.n) > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the intake never waited for the queue lock');
  }

  /** What runTicketChange logs: the ticket's index before and after, among the others. */
  async function logMove(version: number, ticketId: number, kind: string, previousPosition: number | null, position: number | null): Promise<void> {
    await sql.query(
      `insert into event_log (stream, version, ticket_id, organization_id, payload, created_at)
         select 'QUEUE', $1, id, organization_id, $2, now() from tickets where id = $3`,
      [version, JSON.stringify({ kind, position, previousPosition }), ticketId],
    );
  }

  /** Counted here, independently of the product: the waiting tickets before it in SLA-6 order. */
  async function positionOf(ticketId: number): Promise<number> {
    const { rows } = await sql.query<{ ahead: string }>(
      `select count(*) as ahead from tickets w, tickets me where me.id = $1 and w.awaiting_reaction = true
         and (w.priority, w.response_due_at, w.received_at, w.id) < (me.priority, me.response_due_at, me.received_at, me.id)`,
      [ticketId],
    );
    return Number(rows[0]!.ahead);
  }

  async function addedPosition(ticketId: number): Promise<number> {
    const rows = await t.app.orm.em.fork().find(EventLogEntry, { stream: EventStream.QUEUE, ticketId }, { orderBy: { version: 'asc' } });
    return (rows[0]!.payload as { position: number }).position;
  }

  async function leaveQueue(): Promise<void> {
    await sql.query('update tickets set awaiting_reaction = false');
  }

  it('SLA-6: a ticket ahead of it that leaves the queue meanwhile is not counted', async () => {
    const queue = await waiting();
    const first = queue[0]!;
    const id = await raceWithMove(
      () => register(ALFA_BASIC, 'NON_CRITICAL', 0),
      async (version) => {
        await sql.query('update tickets set awaiting_reaction = false where id = $1', [first.id]);
        await logMove(version, first.id, 'REMOVED', first.position, null);
      },
    );
    expect(await addedPosition(id)).toBe(await positionOf(id));
    expect(await addedPosition(id)).toBe(queue.length - 1);
    await leaveQueue();
  });

  /** The last ticket of the queue jumps to its head while a ticket of `criticality` (30 minutes old, EXTENDED) waits for the lock. */
  async function registerWhileLastMovesToHead(criticality: string): Promise<number> {
    const queue = await waiting();
    const last = queue[queue.length - 1]!;
    return raceWithMove(
      () => register(BETA_EXT, criticality, 30),
      async (version) => {
        await sql.query("update tickets set priority = 0, response_due_at = response_due_at - interval '10 days' where id = $1", [last.id]);
        await logMove(version, last.id, 'MOVED', last.position, 0);
      },
    );
  }

  it('SLA-6: a ticket moved from behind it to the head meanwhile is counted', async () => {
    const id = await registerWhileLastMovesToHead('NON_CRITICAL');
    expect(await addedPosition(id)).toBe(await positionOf(id));
    expect(await addedPosition(id)).toBeGreaterThan(1);
    await leaveQueue();
  });

  it('SLA-6: a ticket moved to just before it meanwhile (its place cannot tell the side) makes it count again under the lock', async () => {
    // The new ticket would be first: the moved one is placed at index 0, which is where the new one counted itself.
    const id = await registerWhileLastMovesToHead('CRITICAL');
    expect(await addedPosition(id)).toBe(await positionOf(id));
    expect(await addedPosition(id)).toBe(1);
    await leaveQueue();
  });

  it('a queue version with no log row makes it count again under the lock', async () => {
    const queue = await waiting();
    const first = queue[0]!;
    const id = await raceWithMove(
      () => register(ALFA_BASIC, 'NON_CRITICAL', 0),
      async () => {
        await sql.query('update tickets set awaiting_reaction = false where id = $1', [first.id]);
      },
    );
    expect(await addedPosition(id)).toBe(await positionOf(id));
    expect(await addedPosition(id)).toBe(queue.length - 1);
    await leaveQueue();
  });

  it('the bus event says the numbers are in the log, the log has them, and the request row is gone', async () => {
    const published: unknown[] = [];
    const unsubscribe = t.app.services.events.subscribe((event) => published.push(event));
    const created = await register(BETA_EXT, 'CRITICAL', 0);
    unsubscribe();
    const id = Number(created.id);
    const rows = await t.app.orm.em.fork().find(EventLogEntry, { ticketId: id }, { orderBy: { id: 'asc' } });
    expect(rows.map((row) => row.stream).sort()).toEqual([EventStream.QUEUE, EventStream.TICKET]);
    expect(rows.find((row) => row.stream === EventStream.QUEUE)!.payload).toEqual({ kind: 'ADDED', position: await positionOf(id), previousPosition: null });
    expect(published).toContainEqual({ type: 'ticket.changed', ticketId: id, queue: null, numberedInLog: true });
    const left = await sql.query('select * from queue_intake_numbering');
    expect(left.rows).toEqual([]);
    await leaveQueue();
  });
});
