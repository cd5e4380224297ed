import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLogEntry } from '../../src/entities/realtime/event-log-entry.entity.js';
import { betaPortalRequest } from '../support/tickets.js';
import { subscribe } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const QUEUE_VERSION = `{ queue(first: 1) { version } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id responseDueAt } }`;
const QUEUE_CHANGED = `subscription($after: Int) { queueChanged(after: $after) { version kind ticket { id } } }`;
const SLA_ALERT = `subscription($after: Int) { slaAlert(after: $after) { version kind raisedAt ticket { id } } }`;
const LAST_ALERT = `{ slaAlerts(first: 1) { version } }`;

// Wednesday 2026-03-04 12:00 MSK: inside BASIC service hours.
const START = new Date('2026-03-04T09:00:00Z');

interface QueueEvent {
  queueChanged: { version: number; kind: string; ticket: { id: string } };
}
interface AlertEvent {
  slaAlert: { version: number; kind: string; ticket: { id: string } };
}

/**
 * #16: subscriptions resume from a version. What happened while the client was
 * away is replayed from the event log, then live events follow with no gap and
 * none twice; a resume point the log cannot answer is a RESET error, never silence.
 */
describe.each(TEST_DATABASES)('resuming subscriptions from the event log on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let agent: string;
  let customer: string;
  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock });
    agent = await t.login('agent1@demo.local');
    customer = await t.login('beta@demo.local');
  });
  afterAll(async () => t?.close());

  const queueVersion = async () => (await t.gql(QUEUE_VERSION, {}, agent)).queue.version as number;
  const create = async (overrides: Record<string, unknown> = {}) =>
    (await t.gql(CREATE, { input: betaPortalRequest({ subject: 'Возобновление', description: 'Описание', ...overrides }) }, customer)).createTicket;

  it('queueChanged(after:) replays the versions missed while away, then continues live, each version once and in order', async () => {
    const from = await queueVersion();
    const missed = [await create(), await create(), await create()];
    await t.app.services.live.drained();
    const live = await subscribe<QueueEvent>(t.url, agent, QUEUE_CHANGED, { after: from });
    try {
      await live.until((events) => events.length >= 3);
      expect(live.events.map((e) => e.queueChanged.ticket.id)).toEqual(missed.map((ticket) => ticket.id));
      const next = await create();
      await live.until((events) => events.length >= 4);
      await t.app.services.live.drained();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(live.events.map((e) => e.queueChanged.version)).toEqual([from + 1, from + 2, from + 3, from + 4]);
      expect(live.events[3]!.queueChanged).toMatchObject({ kind: 'ADDED', ticket: { id: next.id } });
    } finally {
      await live.close();
    }
  });

  it('slaAlert(after:) delivers an alert raised while the console was away, once', async () => {
    clock.set(START);
    const lead = await t.login('lead@demo.local');
    const before = ((await t.gql(LAST_ALERT, {}, lead)).slaAlerts[0]?.version as number | undefined) ?? 0;
    // An EXTENDED CRITICAL phone ticket: 20 minutes; nobody is subscribed when its deadline passes.
    const ticket = (
      await t.gql(
        CREATE,
        {
          input: {
            identifier: 'DL-EXT-0001',
            organizationName: 'ПАО Бета',
            contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
            subject: 'Срок истёк без консоли',
            description: 'Описание',
            category: 'INCIDENT',
            criticality: 'CRITICAL',
            channel: 'PHONE',
          },
        },
        lead,
      )
    ).createTicket;
    clock.set(new Date(new Date(ticket.responseDueAt).getTime() + 1_000));
    await t.app.deadlines.sweep();
    await t.app.services.live.drained();

    const live = await subscribe<AlertEvent>(t.url, lead, SLA_ALERT, { after: before });
    try {
      await live.until((events) => events.some((e) => e.slaAlert.kind === 'BREACHED'));
      const mine = live.events.filter((e) => e.slaAlert.ticket.id === ticket.id);
      expect(mine.map((e) => e.slaAlert.kind)).toEqual(['AT_RISK', 'BREACHED']);
      const versions = live.events.map((e) => e.slaAlert.version);
      expect(versions).toEqual(versions.map((_, i) => before + 1 + i));
      // Live from here: the next sweep raises nothing new, and nothing comes twice.
      await t.app.deadlines.sweep();
      await t.app.services.live.drained();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(live.events.filter((e) => e.slaAlert.ticket.id === ticket.id)).toHaveLength(2);
    } finally {
      await live.close();
    }
  });

  it('a resume point the log no longer holds, or one beyond the cluster, answers RESET; a negative one BAD_USER_INPUT', async () => {
    const from = await queueVersion();
    await create();
    await create();
    await t.app.services.live.drained();
    // The retention job's work, done by hand: the first of the two is gone from the log.
    await t.app.orm.em.fork().nativeDelete(EventLogEntry, { stream: 'QUEUE' as never, version: { $lte: from + 1 } });
    const codes = async (after: number) => {
      const live = await subscribe(t.url, agent, QUEUE_CHANGED, { after });
      try {
        await live.until(() => live.errors.length > 0, 5_000).catch(() => undefined);
        return live.errors.map((e) => (e as { extensions?: { code?: string; fields?: { field: string }[] } }).extensions);
      } finally {
        await live.close();
      }
    };
    expect(await codes(from)).toEqual([expect.objectContaining({ code: 'RESET', fields: [expect.objectContaining({ field: 'after' })] })]);
    expect(await codes(from + 1000)).toEqual([expect.objectContaining({ code: 'RESET' })]);
    expect(await codes(-1)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'after' })] })]);
    // From a version the log still holds, the rest is replayed.
    const live = await subscribe<QueueEvent>(t.url, agent, QUEUE_CHANGED, { after: from + 1 });
    try {
      await live.until((events) => events.length >= 1);
      expect(live.events.map((e) => e.queueChanged.version)).toEqual([from + 2]);
    } finally {
      await live.close();
    }
  });

  it('customers may not resume staff streams', async () => {
    const live = await subscribe(t.url, customer, QUEUE_CHANGED, { after: 0 });
    try {
      await live.until(() => live.errors.length > 0, 5_000).catch(() => undefined);
      expect(live.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    } finally {
      await live.close();
    }
  });
});
