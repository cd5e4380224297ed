import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, ALFA, BETA } from '../support/demo-data.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { betaPortalRequest, CREATE_TICKET, createTicket } from '../support/tickets.js';
import { msk } from '../support/time.js';

const SET_DAY = 'mutation($date: String!, $working: Boolean!) { setCalendarDay(date: $date, working: $working) { date } }';
const CLOCK = `query($id: ID!) { ticket(id: $id) { sla { readAt dueAt serviceHours { kind preHolidayShortDays calendarOverrides { date working shortened } } } } }`;

/**
 * #13: what a console needs to count a ticket's SLA clock exactly as the server
 * does — the server's time with every answer, and the calendar overrides (SLA-5)
 * the ticket's clock crosses — readable by everyone who may read the ticket.
 */
describe.each(TEST_DATABASES)('the SLA clock a console counts from, on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(msk('2026-03-04T12:00'));
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    const admin = await t.login(ADMIN);
    // One override before the tickets arrive, two after.
    for (const [date, working] of [['2026-03-02', false], ['2026-03-05', false], ['2026-03-07', true]] as const) {
      await t.gql(SET_DAY, { date, working }, admin);
    }
  });
  afterAll(async () => t?.close());

  it('every answer carries extensions.serverTime: the clock SLA figures are decided on, not the wall clock', async () => {
    clock.set(msk('2026-03-04T12:34:56'));
    const body = await t.raw('{ __typename }');
    expect(body.extensions?.serverTime).toBe(msk('2026-03-04T12:34:56').toISOString());
  });

  it('SLA-5: a BASIC ticket gives the overrides from its day of arrival on, and its own customer reads them', async () => {
    clock.set(msk('2026-03-04T17:30'));
    const alfa = await t.login(ALFA);
    const ticket = await createTicket(t, alfa);
    const { sla } = (await t.gql(CLOCK, { id: ticket.id }, alfa)).ticket;
    expect(sla.serviceHours.kind).toBe('BUSINESS_HOURS');
    expect(sla.serviceHours.calendarOverrides).toEqual([
      { date: '2026-03-05', working: false, shortened: false },
      { date: '2026-03-07', working: true, shortened: false },
    ]);
    // 30 minutes on Wednesday, Thursday off by the override: the NON_CRITICAL BASIC deadline falls on Friday.
    expect(new Date(sla.dueAt).getTime()).toBeGreaterThan(msk('2026-03-06T09:00').getTime());
    expect(sla.readAt).toBe(msk('2026-03-04T17:30').toISOString());
  });

  it('an EXTENDED ticket runs 24×7: no calendar, so no overrides', async () => {
    const beta = await t.login(BETA);
    const { createTicket: ticket } = await t.gql(CREATE_TICKET, { input: betaPortalRequest() }, beta);
    const { sla } = (await t.gql(CLOCK, { id: ticket.id }, beta)).ticket;
    expect(sla.serviceHours).toEqual({ kind: 'ALWAYS', preHolidayShortDays: false, calendarOverrides: [] });
  });
});
