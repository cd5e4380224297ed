import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT1, ALFA, BETA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket } from '../support/tickets.js';
import { msk } from '../support/time.js';

const START = 'mutation($id: ID!) { startWork(ticketId: $id) { id } }';
const CLOSE = 'mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED, note: "Помогла переустановка" }) { status } }';
const RATE = 'mutation($id: ID!, $score: Int!, $comment: String) { rateTicket(ticketId: $id, score: $score, comment: $comment) { score comment ratedAt } }';
const RATING = 'query($id: ID!) { ticket(id: $id) { rating { score comment } } }';
const REPORT = `query($from: DateTime!, $to: DateTime!, $by: SatisfactionDimension) { satisfactionReport(from: $from, to: $to, groupBy: $by) {
  key label ratings average distribution } }`;

/** #19: after closing, the customer rates the answer once; leads see it by agent, level and month. */
describe.each(TEST_DATABASES)('satisfaction on %s', (kind) => {
  let t: TestApp;
  let alfa: string;
  let agent: string;
  const clock = new ManualClock(msk('2026-03-04T12:00'));
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    alfa = await t.login(ALFA);
    agent = await t.login(AGENT1);
  });
  afterAll(async () => t?.close());

  async function closedTicket(): Promise<string> {
    const { id } = await createTicket(t, alfa);
    await t.gql(START, { id }, agent);
    await t.gql(CLOSE, { id }, agent);
    return id;
  }

  it('the customer rates a closed ticket once; the rating shows on the ticket for the customer and staff', async () => {
    const id = await closedTicket();
    const { rateTicket } = await t.gql(RATE, { id, score: 4, comment: '  Быстро, спасибо  ' }, alfa);
    expect(rateTicket).toEqual({ score: 4, comment: 'Быстро, спасибо', ratedAt: msk('2026-03-04T12:00').toISOString() });
    expect((await t.gql(RATING, { id }, alfa)).ticket.rating).toEqual({ score: 4, comment: 'Быстро, спасибо' });
    expect((await t.gql(RATING, { id }, agent)).ticket.rating).toEqual({ score: 4, comment: 'Быстро, спасибо' });
    const again = expectOneError(await t.gqlErrors(RATE, { id, score: 5 }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(again)).toEqual(['ticketId']);
  });

  it('an open ticket cannot be rated; a score outside 1–5 and an overlong comment are named', async () => {
    const { id } = await createTicket(t, alfa);
    const error = expectOneError(await t.gqlErrors(RATE, { id, score: 6, comment: 'x'.repeat(2001) }, alfa), 'BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['ticketId', 'score', 'comment']);
    expect((await t.gql(RATING, { id }, alfa)).ticket.rating).toBeNull();
  });

  it('only the ticket’s own customer: another customer finds no ticket, staff and partners are FORBIDDEN', async () => {
    const id = await closedTicket();
    await expectCode(t, 'NOT_FOUND', RATE, { id, score: 5 }, await t.login(BETA));
    await expectCode(t, 'FORBIDDEN', RATE, { id, score: 5 }, agent);
    await expectCode(t, 'FORBIDDEN', RATE, { id, score: 5 }, await t.login(PARTNER));
    await expectCode(t, 'UNAUTHENTICATED', RATE, { id, score: 5 });
  });

  it('the report: by the agent who held the ticket, by level and by Moscow month, with the distribution; leads only', async () => {
    clock.set(msk('2026-04-01T00:30'));
    for (const score of [5, 3]) await t.gql(RATE, { id: await closedTicket(), score }, alfa);
    const lead = await t.login(LEAD);
    const april = { from: msk('2026-04-01T00:00').toISOString(), to: msk('2026-05-01T00:00').toISOString() };
    const byAgent = (await t.gql(REPORT, { ...april, by: 'AGENT' }, lead)).satisfactionReport;
    expect(byAgent).toEqual([{ key: expect.any(String), label: 'Алексей Инженеров', ratings: 2, average: 4, distribution: [0, 0, 1, 0, 1] }]);
    expect((await t.gql(REPORT, { ...april, by: 'LEVEL' }, lead)).satisfactionReport.map((r: { key: string }) => r.key)).toEqual(['BASIC']);
    const months = (await t.gql(REPORT, { from: msk('2026-03-01T00:00').toISOString(), to: april.to, by: 'MONTH' }, lead)).satisfactionReport;
    expect(months.map((r: { key: string; ratings: number }) => [r.key, r.ratings])).toEqual([['2026-03', 1], ['2026-04', 2]]);
    await expectCode(t, 'FORBIDDEN', REPORT, april, agent);
    expect(fieldsOf(expectOneError(await t.gqlErrors(REPORT, { from: april.to, to: april.from }, lead), 'BAD_USER_INPUT'))).toEqual(['to']);
  });
});
