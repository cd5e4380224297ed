import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe, waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../support/test-database.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id responseDueAt } }`;
const SLA_ALERT = `subscription($after: Int) { slaAlert(after: $after) { version kind raisedAt ticket { id } } }`;
const HISTORY = `query($id: ID) { slaAlerts(ticketId: $id) { version kind } }`;

type AlertEvent = { slaAlert: { version: number; kind: string; raisedAt: string; ticket: { id: string } } };

/** A phone ticket whose EXTENDED CRITICAL deadline (20 min) falls `secondsAhead` from now (its AT_RISK point is already past). */
function dueSoon(secondsAhead: number) {
  return {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    subject: 'Срок во время простоя',
    description: 'Описание',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    channel: 'PHONE',
    receivedAt: new Date(Date.now() - 20 * 60_000 + secondsAhead * 1000).toISOString(),
  };
}

/**
 * #16 fault: the only process is down when a deadline passes. The BREACHED
 * alert is raised once when it starts again, and a console that reconnects
 * with its last alert version receives it (replayed from the log) exactly once.
 */
describe.each(TEST_DATABASES)('an SLA deadline passing while the only process is down, on %s', (kind) => {
  let database: TestDatabase;
  let app: TestApp | null = null;
  const env = { SLA_SWEEP_INTERVAL_MS: '500' };
  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrated: true });
    app = await startTestApp(kind, { database, env });
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('is raised once at start-up and delivered to the console that resumes', async () => {
    const first = app!;
    const lead = await first.login('lead@demo.local');
    const before = await subscribe<AlertEvent>(first.url, lead, SLA_ALERT, { after: null });
    const ticket = (await first.gql(CREATE, { input: dueSoon(3) }, lead)).createTicket;
    // AT_RISK is due already: raised and received live before the process goes down.
    await before.until((events) => events.some((e) => e.slaAlert.ticket.id === ticket.id && e.slaAlert.kind === 'AT_RISK'), 15_000);
    const lastSeen = Math.max(...before.events.map((e) => e.slaAlert.version));
    await before.close();
    await first.close();
    app = null;
    const down = Date.now();
    await waitFor(() => Date.now() > new Date(ticket.responseDueAt).getTime() + 1_000, 10_000, 'the deadline to pass');

    app = await startTestApp(kind, { database, env });
    const started = Date.now();
    const token = await app.login('lead@demo.local');
    const resumed = await subscribe<AlertEvent>(app.url, token, SLA_ALERT, { after: lastSeen });
    try {
      await resumed.until((events) => events.some((e) => e.slaAlert.ticket.id === ticket.id && e.slaAlert.kind === 'BREACHED'), 20_000);
      const recovery = Date.now() - started;
      // Two more sweeps: a duplicate would show up now.
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      const mine = resumed.events.filter((e) => e.slaAlert.ticket.id === ticket.id).map((e) => e.slaAlert.kind);
      const history = (await app.gql(HISTORY, { id: ticket.id }, token)).slaAlerts.map((x: { kind: string }) => x.kind);
      const breaches = history.filter((k: string) => k === 'BREACHED').length;
      console.log(
        `[fault] ${kind}: deadline while the only process was down (${Math.round((started - down) / 1000)} s): alerts raised BREACHED ×${breaches}, delivered on resume ${mine.join(',')}, doubled ${mine.length - new Set(mine).size}, recovery ms ${recovery}`,
      );
      expect(mine).toEqual(['BREACHED']);
      expect(breaches).toBe(1);
      expect(resumed.events.map((e) => e.slaAlert.version).every((v) => v > lastSeen)).toBe(true);
    } finally {
      await resumed.close();
    }
  }, 90_000);
});
