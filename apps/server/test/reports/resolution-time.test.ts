import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, AGENT1, ALFA, BETA_EXT, LEAD } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { createTicket } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const START_WORK = `mutation($id: ID!) { startWork(ticketId: $id) { id } }`;
const REPLY = `mutation($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Пришлите журнал") { id status } }`;
const ANSWER = `mutation($id: ID!) { answerTicket(ticketId: $id, body: "Журнал приложен") { id status } }`;
const CLOSE = `mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED, note: "Готово" }) { id status resolutionSeconds } }`;
const REPORT = `query($from: String!, $to: String!, $by: ResolutionDimension) {
  resolutionTimes(from: $from, to: $to, groupBy: $by) {
    groupBy rows { key count medianSeconds p90Seconds totalSeconds agent { email } } total { key count medianSeconds p90Seconds totalSeconds }
  }
}`;
const HOUR = 3600;

describe.each(TEST_DATABASES)('#14 resolution time on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let lead: string;
  let agent: string;
  let customer: string;

  /** A ticket taken into work at `received` plus a minute; `steps` are [Moscow time, mutation] applied in order, then closed at `closed`. */
  const resolve = async (received: string, closed: string, steps: [string, string][] = [], overrides: Record<string, unknown> = {}) => {
    clock.set(msk(received));
    const { id } = await createTicket(t, lead, overrides);
    clock.set(new Date(msk(received).getTime() + 60_000));
    await t.gql(START_WORK, { id }, agent);
    for (const [at, mutation] of steps) {
      clock.set(msk(at));
      await t.gql(mutation, { id }, mutation === ANSWER ? customer : agent);
    }
    clock.set(msk(closed));
    return (await t.gql(CLOSE, { id }, agent)).closeTicket as { status: string; resolutionSeconds: number };
  };

  beforeAll(async () => {
    clock = new ManualClock(msk('2026-03-02T09:00'));
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    [lead, agent, customer] = await Promise.all([t.login(LEAD), t.login(AGENT1), t.login(ALFA)]);
  });
  afterAll(async () => t?.close());

  it('SLA-4: a BASIC ticket received at 17:00 and closed at 10:00 next morning counts only the 2 working hours', async () => {
    const closed = await resolve('2026-03-03T17:00', '2026-03-04T10:00');
    expect(closed).toMatchObject({ status: 'CLOSED', resolutionSeconds: 2 * HOUR });
  });

  it('TKT-2: the time WAITING_FOR_CUSTOMER is excluded — the clock is paused until the answer', async () => {
    // 09:00 → 09:30 working, waiting 09:30 → 15:00 next day, working 15:00 → 16:00: 1.5 h.
    const closed = await resolve('2026-03-05T09:00', '2026-03-06T16:00', [
      ['2026-03-05T09:30', REPLY],
      ['2026-03-06T15:00', ANSWER],
    ]);
    expect(closed.resolutionSeconds).toBe(1.5 * HOUR);
  });

  it('LVL-2: an EXTENDED ticket counts round the clock, weekend included', async () => {
    const closed = await resolve('2026-03-13T17:00', '2026-03-16T10:00', [], BETA_EXT);
    expect(closed.resolutionSeconds).toBe(65 * HOUR);
  });

  it('#14: median, p90 and totals by level and by agent for the tickets closed in the period (Moscow dates)', async () => {
    const report = async (by: string | null, from = '2026-03-01', to = '2026-03-31') => (await t.gql(REPORT, { from, to, by }, lead)).resolutionTimes;
    const all = await report(null);
    // 2 h, 1.5 h and 65 h: median 2 h, p90 = 2 h + 0.8 × 63 h (percentile_cont), total 68.5 h.
    const expected = { count: 3, medianSeconds: 2 * HOUR, p90Seconds: Math.round(2 * HOUR + 0.8 * 63 * HOUR), totalSeconds: 68.5 * HOUR };
    expect(all.total).toEqual({ key: null, ...expected });
    expect(all.rows).toEqual([expect.objectContaining({ key: null, ...expected })]);
    const byLevel = await report('LEVEL');
    expect(byLevel.rows.map((r: { key: string; count: number; medianSeconds: number }) => [r.key, r.count, r.medianSeconds])).toEqual([
      ['BASIC', 2, 1.75 * HOUR],
      ['EXTENDED', 1, 65 * HOUR],
    ]);
    expect(byLevel.total.count).toBe(3);
    const byAgent = await report('AGENT');
    expect(byAgent.rows).toEqual([expect.objectContaining({ count: 3, agent: { email: AGENT1 } })]);
    const byMonth = await report('MONTH');
    expect(byMonth.rows.map((r: { key: string }) => r.key)).toEqual(['2026-03']);
    // Closed on 4 March Moscow time: a period ending 3 March does not count it.
    expect((await report(null, '2026-03-01', '2026-03-03')).total.count).toBe(0);
    expect((await report(null, '2026-03-04', '2026-03-04')).total).toMatchObject({ count: 1, medianSeconds: 2 * HOUR });
  });

  it('#14: leads only; a bad period is BAD_USER_INPUT naming the field', async () => {
    await expectCode(t, 'FORBIDDEN', REPORT, { from: '2026-03-01', to: '2026-03-31' }, agent);
    await expectCode(t, 'FORBIDDEN', REPORT, { from: '2026-03-01', to: '2026-03-31' }, customer);
    expect((await t.gql(REPORT, { from: '2026-03-01', to: '2026-03-31' }, await t.login(ADMIN))).resolutionTimes.total.count).toBe(3);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', REPORT, { from: '2026-02-30', to: '2026-03-31' }, lead))).toEqual(['from']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', REPORT, { from: '2026-03-31', to: '2026-03-01' }, lead))).toEqual(['to']);
  });

  it('TKT-3: a ticket auto-closed after 10 working days of waiting counts only the time before the wait', async () => {
    clock.set(msk('2026-03-10T09:00'));
    const { id } = await createTicket(t, lead);
    await t.gql(START_WORK, { id }, agent);
    clock.set(msk('2026-03-10T10:00'));
    const { autoCloseAt } = (await t.gql(`mutation($id: ID!) { replyToTicket(ticketId: $id, kind: SOLUTION, body: "Решение") { autoCloseAt } }`, { id }, agent)).replyToTicket;
    clock.set(new Date(autoCloseAt));
    await t.app.deadlines.sweep();
    const closed = (await t.gql(`query($id: ID!) { ticket(id: $id) { status resolution resolutionSeconds } }`, { id }, lead)).ticket;
    expect(closed).toEqual({ status: 'CLOSED', resolution: 'NO_CUSTOMER_RESPONSE', resolutionSeconds: HOUR });
  });
});
