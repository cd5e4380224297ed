import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../support/test-database.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id atRiskAt responseDueAt } }`;
const ALERTS = `query($id: ID) { slaAlerts(ticketId: $id) { kind } }`;

// Wednesday 2026-03-04 12:00 MSK: inside BASIC service hours; EXTENDED CRITICAL is 20 minutes wall clock.
const START = new Date('2026-03-04T09:00:00Z');
const MINUTE = 60_000;

function request(subject: string) {
  return {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    subject,
    description: 'Описание',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    channel: 'PHONE',
  };
}

/**
 * #17 (timers at scale): a process arms its timers without holding every open
 * deadline — one timer for the nearest, a sweep for the rest. `armed` is the
 * readiness signal of a restart: it resolves only after the first sweep fired
 * what fell due while no process ran (#16) and the timer points at the next deadline.
 */
describe.each(TEST_DATABASES)('deadline timers armed after a restart, on %s', (kind) => {
  let database: TestDatabase | null = null;
  const apps: TestApp[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.drop();
  });

  it('SLA-7, #16: the first sweep raises what passed while down, once, before the timers count as armed; the next deadline stays armed', async () => {
    database = await createTestDatabase(kind, { migrated: true });
    const clock = new ManualClock(START);
    const first = await startTestApp(kind, { clock, database });
    apps.push(first);
    const lead = await first.login('lead@demo.local');
    const overdue = (await first.gql(CREATE, { input: request('Срок прошёл во время простоя') }, lead)).createTicket;
    clock.set(new Date(START.getTime() + 10 * MINUTE));
    const ahead = (await first.gql(CREATE, { input: request('Срок после перезапуска') }, lead)).createTicket;
    await first.close();
    apps.pop();

    // Down past the first ticket's deadline, not yet at the second's AT_RISK point.
    clock.set(new Date(START.getTime() + 21 * MINUTE));
    const second = await startTestApp(kind, { clock, database });
    apps.push(second);
    const armed = await second.app.deadlines.armed;

    expect(armed.firedAtStart).toBeGreaterThanOrEqual(2);
    expect(armed.nextDueAt).not.toBeNull();
    expect(armed.nextDueAt!.getTime()).toBeGreaterThan(clock.now().getTime());
    expect(armed.nextDueAt!.getTime()).toBeLessThanOrEqual(new Date(ahead.atRiskAt).getTime());
    expect(armed.tookMs).toBeGreaterThanOrEqual(0);
    const token = await second.login('lead@demo.local');
    const kinds = async (id: string) => (await second.gql(ALERTS, { id }, token)).slaAlerts.map((alert: { kind: string }) => alert.kind).sort();
    expect(await kinds(overdue.id)).toEqual(['AT_RISK', 'BREACHED']);
    expect(await kinds(ahead.id)).toEqual([]);

    // Another sweep at the same instant raises nothing again.
    await second.app.deadlines.sweep();
    expect(await kinds(overdue.id)).toEqual(['AT_RISK', 'BREACHED']);
  }, 90_000);
});
