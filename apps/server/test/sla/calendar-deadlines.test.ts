import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, AGENT1, ALFA_BASIC, BETA_EXT, LEAD } from '../support/demo-data.js';
import { createTicket, queueOrder, ticketWithTimeline, type TicketView } from '../support/tickets.js';
import { subscribe } from '../support/subscription-client.js';
import { instant, msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const SET_DAY = 'mutation($date: String!, $working: Boolean!, $note: String) { setCalendarDay(date: $date, working: $working, note: $note) { date } }';
const CLEAR_DAY = 'mutation($date: String!) { clearCalendarDay(date: $date) }';
const IMPORT = 'mutation($ics: String!) { importCalendar(ics: $ics) { date } }';
const YEAR = 'query($y: Int!) { calendarYear(year: $y) { overrides { date } } }';
const QUEUE_CHANGED = 'subscription { queueChanged { version kind position previousPosition ticket { id responseDueAt } } }';
const QUEUE_VERSION = '{ queue(first: 1) { version } }';

/** Friday 13 March 2026, 17:50 MSK: a CRITICAL BASIC request is due Monday 16 March 09:20 (SLA-1, SLA-5). */
const FRIDAY_EVENING = msk('2026-03-13T17:50');
const MONDAY_DUE = msk('2026-03-16T09:20').getTime();
const TUESDAY_DUE = msk('2026-03-17T09:20').getTime();
const NOW = msk('2026-03-13T18:30');

const ics = (start: string, end: string, summary: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//desk tests//RU', 'BEGIN:VEVENT', 'UID:x', `DTSTART;VALUE=DATE:${start}`, `DTEND;VALUE=DATE:${end}`, `SUMMARY:${summary}`, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

interface QueueEvent {
  queueChanged: { version: number; kind: string; position: number | null; previousPosition: number | null; ticket: { id: string; responseDueAt: string } };
}

describe.each(TEST_DATABASES)('a calendar edit moves open BASIC deadlines on %s (SLA-5, SLA-10)', (kind) => {
  let t: TestApp;
  let admin: string;
  let lead: string;
  const clock = new ManualClock(NOW);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    admin = await t.login(ADMIN);
    lead = await t.login(LEAD);
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    clock.set(NOW);
    const { calendarYear } = await t.gql(YEAR, { y: 2026 }, admin);
    for (const o of calendarYear.overrides as { date: string }[]) await t.gql(CLEAR_DAY, { date: o.date }, admin);
  });

  const phoned = (overrides: Record<string, unknown> = {}) =>
    createTicket(t, lead, { ...ALFA_BASIC, category: 'INCIDENT', criticality: 'CRITICAL', channel: 'PHONE', receivedAt: FRIDAY_EVENING.toISOString(), ...overrides });
  const dueOf = async (ticket: TicketView) => instant((await ticketWithTimeline(t, lead, ticket.id)).responseDueAt);

  it('SLA-5: a Monday made a day off moves an open BASIC deadline to Tuesday; the timeline says before → after and why', async () => {
    const ticket = await phoned();
    expect(instant(ticket.responseDueAt)).toBe(MONDAY_DUE);

    await t.gql(SET_DAY, { date: '2026-03-16', working: false, note: 'Региональный выходной' }, admin);

    const after = await ticketWithTimeline(t, lead, ticket.id);
    expect(instant(after.responseDueAt)).toBe(TUESDAY_DUE);
    // SLA-7: the AT_RISK instant moves with the deadline (75% of the 30 minutes).
    expect(instant(after.atRiskAt)).toBe(msk('2026-03-17T09:12:30').getTime());
    const moved = after.timeline.filter((e) => e.kind === 'DEADLINE_MOVED');
    expect(moved).toHaveLength(1);
    expect(moved[0]!.summary).toBe('Deadline 2026-03-16 09:20 MSK → 2026-03-17 09:20 MSK: Calendar override of 2026-03-16 set: day off (Региональный выходной) (SLA-5)');
    expect(moved[0]!.data).toMatchObject({
      reason: 'CALENDAR_CHANGED',
      dates: ['2026-03-16'],
      previousResponseDueAt: new Date(MONDAY_DUE).toISOString(),
      responseDueAt: new Date(TUESDAY_DUE).toISOString(),
    });
    expect(instant(moved[0]!.at)).toBe(NOW.getTime());

    // Removing the override moves it back, and says so.
    await t.gql(CLEAR_DAY, { date: '2026-03-16' }, admin);
    const back = await ticketWithTimeline(t, lead, ticket.id);
    expect(instant(back.responseDueAt)).toBe(MONDAY_DUE);
    expect(back.timeline.filter((e) => e.kind === 'DEADLINE_MOVED').map((e) => e.summary)).toEqual([
      moved[0]!.summary,
      'Deadline 2026-03-17 09:20 MSK → 2026-03-16 09:20 MSK: Calendar override of 2026-03-16 removed (SLA-5)',
    ]);
  });

  it('SLA-5: an iCalendar import moves it too', async () => {
    const ticket = await phoned();
    await t.gql(IMPORT, { ics: ics('20260316', '20260318', 'Нерабочие дни') }, admin);
    expect(await dueOf(ticket)).toBe(msk('2026-03-18T09:20').getTime());
    const line = (await ticketWithTimeline(t, lead, ticket.id)).timeline.find((e) => e.kind === 'DEADLINE_MOVED')!;
    expect(line.summary).toContain('Calendar imported: 2 day(s)');
    expect(line.data).toMatchObject({ dates: ['2026-03-16', '2026-03-17'] });
  });

  it('SLA-10: an EXTENDED ticket, a reacted-to ticket and a ticket whose deadline the edit does not touch keep theirs', async () => {
    const extended = await phoned({ ...BETA_EXT, contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 812 000-00-02', email: 'beta@demo.local' } });
    const reacted = await phoned();
    await t.gql('mutation($id: ID!) { startWork(ticketId: $id) { id } }', { id: reacted.id }, await t.login(AGENT1));
    const untouched = await phoned();
    const extendedDue = instant(extended.responseDueAt);

    await t.gql(SET_DAY, { date: '2026-03-18', working: false }, admin);
    expect(await dueOf(untouched)).toBe(MONDAY_DUE);
    await t.gql(SET_DAY, { date: '2026-03-16', working: false }, admin);

    expect(await dueOf(untouched)).toBe(TUESDAY_DUE);
    expect(await dueOf(extended)).toBe(extendedDue);
    const kept = await ticketWithTimeline(t, lead, reacted.id);
    expect(instant(kept.responseDueAt)).toBe(MONDAY_DUE);
    expect(kept.slaOutcome).toBe('MET');
    for (const id of [extended.id, reacted.id]) {
      expect((await ticketWithTimeline(t, lead, id)).timeline.some((e) => e.kind === 'DEADLINE_MOVED')).toBe(false);
    }
  });

  it('SLA-10: a deadline already passed without a reaction decided the outcome and stays', async () => {
    const ticket = await phoned();
    clock.set(msk('2026-03-16T10:00'));
    await t.gql(SET_DAY, { date: '2026-03-16', working: false }, admin);
    expect(await dueOf(ticket)).toBe(MONDAY_DUE);
  });

  it('SLA-6: the queue follows live: a queueChanged subscriber gets the new deadline, its place and the next version', async () => {
    const ticket = await phoned();
    const agent = await t.login(AGENT1);
    const { version } = (await t.gql(QUEUE_VERSION, {}, agent)).queue;
    const live = await subscribe<QueueEvent>(t.url, agent, QUEUE_CHANGED);
    try {
      await t.gql(SET_DAY, { date: '2026-03-16', working: false }, admin);
      // Past the version read above: the ticket's own ADDED may still be on its way to this process's LiveHub.
      const moved = (x: { queueChanged: QueueEvent['queueChanged'] }) => x.queueChanged.ticket.id === ticket.id && x.queueChanged.version > version;
      const events = await live.until((e) => e.some(moved));
      const event = events.find(moved)!.queueChanged;
      expect(['MOVED', 'UPDATED']).toContain(event.kind);
      expect(event.version).toBeGreaterThan(version);
      expect(instant(event.ticket.responseDueAt)).toBe(TUESDAY_DUE);
      // Same priority, every deadline one day later: each lands where the queue now has it.
      expect((await queueOrder(t, agent)).indexOf(ticket.id)).toBe(event.position);
      const versions = events.map((x) => x.queueChanged.version);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(Math.max(...versions)).toBe((await t.gql(QUEUE_VERSION, {}, agent)).queue.version);
    } finally {
      await live.close();
    }
  });
});
