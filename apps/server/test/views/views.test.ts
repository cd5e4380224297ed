import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AGENT1, AGENT2, ALFA, BETA, LEAD } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { subscribe } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { betaPortalRequest, createTicket, userId } from '../support/tickets.js';
import { msk } from '../support/time.js';

/** Wednesday 4 March 2026, 12:00 Moscow: BASIC service is open. */
const NOW = msk('2026-03-04T12:00');

const VIEWS = `{ ticketViews { id name builtIn count sort filter { statuses assignedToMe unassigned escalated customerAnswered text } } }`;
const VIEW_TICKETS = `query($v: ID!, $first: Int, $after: String) { viewTickets(viewId: $v, first: $first, after: $after) {
  totalCount version pageInfo { hasNextPage endCursor } edges { node { id number priority status } } } }`;
const START = `mutation($id: ID!) { startWork(ticketId: $id) { id } }`;
const REPLY = `mutation($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Пришлите журнал, пожалуйста") { id status } }`;
const ANSWER = `mutation($id: ID!) { answerTicket(ticketId: $id, body: "Журнал приложил") { id status customerAnsweredAt } }`;
const SAVE = `mutation($input: SaveViewInput!) { saveView(input: $input) { id name builtIn count sort filter { criticalities supportLevels text } } }`;
const MY_WORK = `subscription($v: ID, $first: Int) { myWork(viewId: $v, first: $first) {
  version kind viewId counts { viewId count } totalCount rows { id } ticket { id } position previousPosition } }`;

type View = { id: string; count: number; builtIn: boolean; name: string; sort: string };
const countOf = (views: View[], id: string) => views.find((v) => v.id === id)?.count;

describe.each(TEST_DATABASES)('views (My work, saved views, myWork) on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(NOW);
  let agent: string;
  let agent2: string;
  let lead: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    [agent, agent2, lead] = await Promise.all([t.login(AGENT1), t.login(AGENT2), t.login(LEAD)]);
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.set(NOW));

  const views = async (token: string): Promise<View[]> => (await t.gql<{ ticketViews: View[] }>(VIEWS, {}, token)).ticketViews;
  const rows = async (token: string, viewId: string): Promise<string[]> =>
    (await t.gql(VIEW_TICKETS, { v: viewId, first: 200 }, token)).viewTickets.edges.map((e: { node: { id: string } }) => e.node.id);

  it('every staff member has the built-in views; an agent who takes a ticket finds it in "My work: in progress"', async () => {
    const before = await views(agent);
    expect(before.map((v) => v.id)).toEqual(['MINE_IN_PROGRESS', 'MINE_ANSWERED', 'MINE_WAITING', 'ESCALATED', 'UNASSIGNED', 'ALL_OPEN']);
    expect(before.every((v) => v.builtIn && v.sort === 'SLA')).toBe(true);
    const ticket = await createTicket(t, await t.login(ALFA));
    expect(await rows(agent, 'UNASSIGNED')).toContain(ticket.id);
    await t.gql(START, { id: ticket.id }, agent);
    const after = await views(agent);
    expect(countOf(after, 'MINE_IN_PROGRESS')).toBe(countOf(before, 'MINE_IN_PROGRESS')! + 1);
    expect(await rows(agent, 'MINE_IN_PROGRESS')).toContain(ticket.id);
    expect(await rows(agent, 'UNASSIGNED')).not.toContain(ticket.id);
    // Another agent's "mine" is their own.
    expect(await rows(agent2, 'MINE_IN_PROGRESS')).not.toContain(ticket.id);
  });

  it('TKT-2: a reply moves the ticket to "waiting for the customer", the answer to "answered by the customer"', async () => {
    const customer = await t.login(ALFA);
    const ticket = await createTicket(t, customer);
    await t.gql(START, { id: ticket.id }, agent);
    await t.gql(REPLY, { id: ticket.id }, agent);
    expect(await rows(agent, 'MINE_WAITING')).toContain(ticket.id);
    const { answerTicket } = await t.gql(ANSWER, { id: ticket.id }, customer);
    expect(answerTicket.status).toBe('IN_PROGRESS');
    expect(answerTicket.customerAnsweredAt).not.toBeNull();
    expect(await rows(agent, 'MINE_ANSWERED')).toContain(ticket.id);
    expect(await rows(agent, 'MINE_IN_PROGRESS')).not.toContain(ticket.id);
    expect(await rows(agent, 'MINE_WAITING')).not.toContain(ticket.id);
    // The agent's next reply clears it.
    await t.gql(REPLY, { id: ticket.id }, agent);
    expect(await rows(agent, 'MINE_ANSWERED')).not.toContain(ticket.id);
  });

  it('TKT-6: escalated tickets are in ESCALATED; unassignTicket puts a ticket back in UNASSIGNED', async () => {
    const ticket = await createTicket(t, await t.login(ALFA));
    await t.gql(START, { id: ticket.id }, agent);
    await t.gql(`mutation($id: ID!) { escalateTicket(ticketId: $id, reason: "Нужен разработчик") { id } }`, { id: ticket.id }, agent);
    expect(await rows(lead, 'ESCALATED')).toContain(ticket.id);
    // An agent cannot take someone else's ticket away; the holder can hand it back, a lead can take it off anyone.
    await expectCode(t, 'FORBIDDEN', `mutation($id: ID!) { unassignTicket(ticketId: $id) { id } }`, { id: ticket.id }, agent2);
    const { unassignTicket } = await t.gql(`mutation($id: ID!) { unassignTicket(ticketId: $id) { id assignee { id } timeline { kind summary } } }`, { id: ticket.id }, lead);
    expect(unassignTicket.assignee).toBeNull();
    expect(unassignTicket.timeline.at(-1)).toMatchObject({ kind: 'ASSIGNED', summary: 'Unassigned' });
    expect(await rows(lead, 'UNASSIGNED')).toContain(ticket.id);
  });

  it('TKT-6: a lead reassigns several tickets at once; a bad selection names every offending ticket and changes nothing', async () => {
    const customer = await t.login(ALFA);
    const [a, b] = [await createTicket(t, customer), await createTicket(t, customer)];
    const agent2Id = await userId(t, AGENT2);
    const BULK = `mutation($ids: [ID!]!, $to: ID!) { assignTickets(ticketIds: $ids, assigneeId: $to) { id assignee { email } } }`;
    const error = expectOneError(await t.gqlErrors(BULK, { ids: [a.id, 'x', '99999999'], to: agent2Id }, lead), 'BAD_USER_INPUT');
    expect(fieldsOf(error)).toEqual(['ticketIds.1', 'ticketIds.2']);
    expect(await rows(agent2, 'MINE_IN_PROGRESS')).not.toContain(a.id);
    await expectCode(t, 'FORBIDDEN', BULK, { ids: [a.id], to: agent2Id }, agent);
    const { assignTickets } = await t.gql(BULK, { ids: [a.id, b.id], to: agent2Id }, lead);
    expect(assignTickets.map((x: { assignee: { email: string } }) => x.assignee.email)).toEqual([AGENT2, AGENT2]);
    expect(await rows(agent2, 'MINE_IN_PROGRESS')).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it('saved views: own filters and order, validated field by field, private to their owner', async () => {
    const bad = expectOneError(
      await t.gqlErrors(SAVE, { input: { name: ' ', filter: { organizationIds: ['nope'], unassigned: true, assignedToMe: true } } }, agent),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(bad)).toEqual(['input.name', 'input.filter.organizationIds.0', 'input.filter.unassigned']);
    const critical = await createTicket(t, await t.login(BETA), { ...betaPortalRequest({ criticality: 'CRITICAL', subject: 'АРМ не загружается' }) });
    const { saveView } = await t.gql(SAVE, { input: { name: 'Критичные EXTENDED', filter: { criticalities: ['CRITICAL'], supportLevels: ['EXTENDED'] }, sort: 'NEWEST' } }, agent);
    expect(saveView).toMatchObject({ name: 'Критичные EXTENDED', builtIn: false, sort: 'NEWEST' });
    expect(saveView.count).toBeGreaterThanOrEqual(1);
    expect((await rows(agent, saveView.id))[0]).toBe(critical.id);
    expect((await views(agent)).map((v) => v.id)).toContain(saveView.id);
    expect((await views(agent2)).map((v) => v.id)).not.toContain(saveView.id);
    await expectCode(t, 'NOT_FOUND', VIEW_TICKETS, { v: saveView.id }, agent2);
    await expectCode(t, 'FORBIDDEN', VIEWS, {}, await t.login(ALFA));
  });

  it('views page through their own order without gaps or repeats', async () => {
    const all = await rows(lead, 'ALL_OPEN');
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { viewTickets: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } = await t.gql(VIEW_TICKETS, { v: 'ALL_OPEN', first: 2, after }, lead);
      seen.push(...page.viewTickets.edges.map((e) => e.node.id));
      after = page.viewTickets.pageInfo.hasNextPage ? page.viewTickets.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('myWork: a SNAPSHOT, then one event per ticket change with consecutive versions; counts agree with ticketViews', async () => {
    const live = await subscribe(t.url, agent, MY_WORK, { v: 'MINE_IN_PROGRESS', first: 50 });
    try {
      await live.until((e) => e.length >= 1);
      const snapshot = live.events[0].myWork;
      expect(snapshot.kind).toBe('SNAPSHOT');
      expect(snapshot.counts.find((c: { viewId: string }) => c.viewId === 'MINE_IN_PROGRESS').count).toBe(snapshot.totalCount);
      const ticket = await createTicket(t, await t.login(ALFA));
      await t.gql(START, { id: ticket.id }, agent);
      await live.until((e) => e.some((x) => x.myWork.kind === 'ADDED'));
      const events = live.events.map((e) => e.myWork);
      const added = events.find((e) => e.kind === 'ADDED');
      expect(added.ticket.id).toBe(ticket.id);
      expect(events.slice(1).map((e) => e.version)).toEqual(events.slice(1).map((_, i) => snapshot.version + 1 + i));
      const current = await views(agent);
      for (const { viewId, count } of added.counts) expect([viewId, count]).toEqual([viewId, countOf(current, viewId)]);
      expect((await rows(agent, 'MINE_IN_PROGRESS')).indexOf(ticket.id)).toBe(added.position);
      await t.gql(REPLY, { id: ticket.id }, agent);
      await live.until((e) => e.some((x) => x.myWork.kind === 'REMOVED'));
      expect(live.events.at(-1).myWork).toMatchObject({ kind: 'REMOVED', ticket: { id: ticket.id }, position: null, previousPosition: added.position });
    } finally {
      await live.close();
    }
  });

  it('Ticket.sla: state, deadline, remaining and elapsed service seconds at the read, running or paused, the service hours', async () => {
    const ticket = await createTicket(t, await t.login(ALFA));
    clock.advance(10 * 60);
    const SLA = `query($id: ID!) { ticket(id: $id) { slaState responseDueAt sla { state dueAt readAt responseSeconds elapsedSeconds remainingSeconds running paused pausedUntil
      serviceHours { kind timeZone utcOffsetMinutes opensAt closesAt workingDaysOnly } } } }`;
    const open = (await t.gql(SLA, { id: ticket.id }, agent)).ticket;
    expect(open.sla).toMatchObject({ state: 'ON_TRACK', responseSeconds: 3600, elapsedSeconds: 600, remainingSeconds: 3000, running: true, paused: false, pausedUntil: null });
    expect(open.sla.serviceHours).toEqual({ kind: 'BUSINESS_HOURS', timeZone: 'Europe/Moscow', utcOffsetMinutes: 180, opensAt: '09:00', closesAt: '18:00', workingDaysOnly: true });
    expect(new Date(open.sla.dueAt).getTime()).toBe(new Date(open.responseDueAt).getTime());
    // SLA-4: after 18:00 the BASIC clock is paused until 09:00 the next working day.
    clock.set(msk('2026-03-04T19:30'));
    const paused = (await t.gql(SLA, { id: ticket.id }, agent)).ticket.sla;
    expect(paused).toMatchObject({ state: 'BREACHED', running: false, paused: true, remainingSeconds: 0 });
    expect(new Date(paused.pausedUntil).getTime()).toBe(msk('2026-03-05T09:00').getTime());
  });
});
