import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { rebuiltAndReported } from '../support/auditor-rebuild.js';
import { LEAD } from '../support/demo-data.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from '../support/test-database.js';
import { msk } from '../support/time.js';

const NOW = msk('2026-06-15T12:00');
const PERIOD = { from: '2026-03-01T00:00:00+03:00', to: '2026-06-15T12:00:00+03:00' };
const SATISFACTION = 'query($from: DateTime!, $to: DateTime!) { satisfactionReport(from: $from, to: $to, groupBy: AGENT) { key ratings average } }';
const DEFLECTION = 'query($from: DateTime!, $to: DateTime!) { selfServiceDeflection(from: $from, to: $to) { period resolvedWithoutTicket ticketsRegistered } }';

describe.each(TEST_DATABASES)('the demo history (#19) on %s', (kind) => {
  let database: TestDatabase;
  let t: TestApp;
  let lead: string;
  let seconds: number;
  beforeAll(async () => {
    database = await createTestDatabase(kind, { migrated: true });
    const started = performance.now();
    t = await startTestApp(kind, { database, clock: new ManualClock(NOW), seedDemoTickets: true, seedDemoHistory: true });
    seconds = (performance.now() - started) / 1000;
    lead = await t.login(LEAD);
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('three months of closed tickets across organizations, levels, criticalities and agents, met and breached; the open demo tickets as they were', async () => {
    const em = t.app.orm.em.fork();
    const closed = await em.find(Ticket, { status: 'CLOSED' }, { populate: ['organization'] });
    expect(closed.length).toBeGreaterThanOrEqual(200);
    expect(closed.length).toBeLessThanOrEqual(500);
    expect(new Set(closed.map((x) => x.organization.getEntity().name))).toEqual(new Set(['АО Альфа', 'ПАО Бета', 'ООО Дельта', 'АО Омега']));
    expect(new Set(closed.map((x) => x.supportLevel))).toEqual(new Set(['BASIC', 'EXTENDED']));
    expect(new Set(closed.map((x) => x.criticality))).toEqual(new Set(['CRITICAL', 'NON_CRITICAL']));
    expect(new Set(closed.map((x) => x.respondedBy?.id)).size).toBe(3);
    const breached = closed.filter((x) => x.slaOutcome === 'BREACHED').length;
    expect(breached).toBeGreaterThan(10);
    expect(breached).toBeLessThan(closed.length / 2);
    const earliest = Math.min(...closed.map((x) => x.receivedAt.getTime()));
    expect(NOW.getTime() - earliest).toBeGreaterThan(85 * 86_400_000);
    expect(closed.every((x) => x.closedAt! < NOW && x.resolutionSeconds !== null)).toBe(true);
    // SLA-5: on days off only the 24×7 (EXTENDED) customers write.
    const weekday = (at: Date) => new Date(at.getTime() + 3 * 3_600_000).getUTCDay();
    expect(closed.filter((x) => x.supportLevel === 'BASIC' && [0, 6].includes(weekday(x.receivedAt)))).toEqual([]);
    expect(closed.some((x) => x.supportLevel === 'EXTENDED' && [0, 6].includes(weekday(x.receivedAt)))).toBe(true);
    const open = await em.find(Ticket, { status: { $ne: 'CLOSED' } });
    expect(open.map((x) => x.subject).sort()).toEqual(['АРМ не загружается после обновления', 'Вопрос о настройке UEFI', 'Ошибка при входе в систему', 'Срок действия сертификата'].sort());
    expect(open.every((x) => x.status === 'NEW')).toBe(true);
    console.info(`demo history on ${kind}: ${closed.length} closed tickets (${breached} breached); startup with the seed ${seconds.toFixed(1)} s`);
  });

  it('SLA-9: the auditor rebuilds every figure of the SLA report from the seeded timelines', async () => {
    const { rebuilt, figures, reported } = await rebuiltAndReported(t, lead, PERIOD, NOW);
    expect(rebuilt.length).toBeGreaterThanOrEqual(200);
    expect(figures).toEqual(reported);
  });

  it('ratings and self-service deflections fill their reports', async () => {
    const ratings = (await t.gql(SATISFACTION, PERIOD, lead)).satisfactionReport as { ratings: number; average: number }[];
    expect(ratings.reduce((sum, row) => sum + row.ratings, 0)).toBeGreaterThan(50);
    const deflection = (await t.gql(DEFLECTION, PERIOD, lead)).selfServiceDeflection as { period: string; resolvedWithoutTicket: number }[];
    expect(new Set(deflection.map((row) => row.period)).size).toBeGreaterThanOrEqual(3);
    expect(deflection.reduce((sum, row) => sum + row.resolvedWithoutTicket, 0)).toBeGreaterThan(50);
  });

  it('is written once: a restart on the same database seeds nothing again', async () => {
    const before = await t.app.orm.em.fork().count(Ticket);
    const again = await startTestApp(kind, { database, clock: new ManualClock(NOW), seedDemoTickets: true, seedDemoHistory: true });
    try {
      expect(await again.app.orm.em.fork().count(Ticket)).toBe(before);
    } finally {
      await again.close();
    }
  });
});
