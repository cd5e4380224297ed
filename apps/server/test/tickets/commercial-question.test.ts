import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ALFA, AGENT1, ALFA_BASIC, GAMMA_EXPIRED, LEAD, PARTNER } from '../support/demo-data.js';
import { expectOneError, fieldsOf } from '../support/expect-errors.js';
import { outboxOf } from '../support/outbox-helpers.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { ticketInput } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ANNA, ARRIVAL, useEmailDesk, type EmailDesk } from '../support/email-desk.js';

/** Wednesday 11 March 2026, 10:00 MSK: inside BASIC service hours. */
const START = msk('2026-03-11T10:00');
const SALES = 'sales-desk@confident.test';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id number status resolution closedAt respondedAt slaOutcome } }`;
const TICKET = `query($id: ID!) { ticket(id: $id) {
  id status resolution closedAt respondedAt slaOutcome slaState responseDueAt sla { state running }
  timeline { kind summary data }
} }`;
const QUEUE = `{ queue(first: 100) { edges { node { id } } } }`;
const ALERTS = `query($id: ID) { slaAlerts(ticketId: $id) { kind } }`;
const REPORT = `query($from: DateTime!, $to: DateTime!) { slaCompliance(from: $from, to: $to) { met breached total } }`;
const REPORT_TICKETS = `query($from: DateTime!, $to: DateTime!) { slaComplianceTickets(from: $from, to: $to) { tickets { id } } }`;

const question = (overrides: Record<string, unknown> = {}) =>
  ticketInput({
    subject: 'Стоимость продления поддержки',
    description: 'Сколько стоит переход на расширенный уровень поддержки для 40 АРМ?',
    category: 'COMMERCIAL_QUESTION',
    criticality: 'NON_CRITICAL',
    ...overrides,
  });

it('#19: SALES_EMAIL defaults to the agreement’s commercial contact', () => {
  expect(loadConfig({ NODE_ENV: 'test' }).salesEmail).toBe('isc@confident.ru');
  expect(loadConfig({ NODE_ENV: 'test', SALES_EMAIL: SALES }).salesEmail).toBe(SALES);
});

describe.each(TEST_DATABASES)('#19 commercial questions forwarded to sales on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let customer: string;
  let agent: string;
  let lead: string;
  let partner: string;

  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock, env: { SALES_EMAIL: SALES } });
    customer = await t.login(ALFA);
    agent = await t.login(AGENT1);
    lead = await t.login(LEAD);
    partner = await t.login(PARTNER);
  });
  afterAll(async () => t?.close());

  const read = async (id: string) => (await t.gql(TICKET, { id }, agent)).ticket;

  it.each([
    ['the portal', 'PORTAL', () => customer, {}],
    ['a phone call registered by staff', 'PHONE', () => agent, { receivedAt: new Date(START.getTime() - 5 * 60_000).toISOString() }],
    ['the API (a partner for the customer it serves)', 'API', () => partner, {}],
  ] as const)('from %s: forwarded to SALES_EMAIL with the customer’s details, the customer told who answers, closed FORWARDED_TO_SALES', async (_, channel, token, extra) => {
    clock.set(START);
    const created = (await t.gql(CREATE, { input: question({ channel, ...extra }) }, token())).createTicket;
    expect(created).toMatchObject({ status: 'CLOSED', resolution: 'FORWARDED_TO_SALES', respondedAt: null, slaOutcome: null });

    const outbox = await outboxOf(t, created.id);
    const forward = outbox.find((m) => m.kind === 'SALES_FORWARD')!;
    expect(forward).toMatchObject({ channel: 'EMAIL', recipient: SALES });
    for (const fact of ['АО Альфа', ALFA_BASIC.identifier, 'Анна Альфина', 'Администратор ИБ', '+7 812 000-00-01', 'alfa@demo.local', 'Стоимость продления поддержки', 'переход на расширенный уровень', created.number]) {
      expect(forward.body).toContain(fact);
    }
    expect(forward.html).toContain('АО Альфа');

    // The customer hears who answers, not that a response deadline runs (no RECEIVED notice).
    const notices = outbox.filter((m) => m.kind !== 'SALES_FORWARD').map((m) => m.kind);
    expect(notices).toEqual(['FORWARDED_TO_SALES']);
    const notice = outbox.find((m) => m.kind === 'FORWARDED_TO_SALES')!;
    expect(notice.recipient).toBe('alfa@demo.local');
    expect(notice.body).toContain('коммерческий отдел');
    expect(notice.body).toContain(SALES);

    const ticket = await read(created.id);
    const closed = ticket.timeline.find((e: { kind: string }) => e.kind === 'CLOSED');
    expect(closed.data).toMatchObject({ resolution: 'FORWARDED_TO_SALES', salesEmail: SALES, slaExcluded: true });
    expect(ticket.timeline.map((e: { kind: string }) => e.kind)).not.toContain('RESPONDED');
  });

  it('#19: not counted in the response-time SLA — not queued, no SLA-7 alert, no outcome, absent from the SLA-9 report and its ticket lists', async () => {
    clock.set(START);
    const created = (await t.gql(CREATE, { input: question({ channel: 'PORTAL' }) }, customer)).createTicket;
    const queued = (await t.gql(QUEUE, {}, agent)).queue.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(queued).not.toContain(created.id);

    // A day later the 1-hour BASIC deadline is long past: nothing fires, nothing breaches.
    clock.set(new Date(START.getTime() + 26 * 3_600_000));
    await t.app.deadlines.sweep();
    await t.app.services.live.drained();
    expect((await t.gql(ALERTS, { id: created.id }, lead)).slaAlerts).toEqual([]);
    const ticket = await read(created.id);
    expect(ticket).toMatchObject({ slaOutcome: null, respondedAt: null, slaState: 'ON_TRACK', sla: { running: false } });

    const period = { from: msk('2026-03-01T00:00').toISOString(), to: msk('2026-04-01T00:00').toISOString() };
    const before = (await t.gql(REPORT, period, lead)).slaCompliance;
    const listed = (await t.gql(REPORT_TICKETS, period, lead)).slaComplianceTickets.tickets.map((x: { id: string }) => x.id);
    expect(listed).not.toContain(created.id);
    // Only the forwarded questions of this file arrived in March: the report has nothing to count.
    expect(before.reduce((sum: number, row: { total: number }) => sum + row.total, 0)).toBe(0);
  });

  it('SLA-10: the forwarded outcome is final — staff cannot start work on it or close it again', async () => {
    clock.set(START);
    const created = (await t.gql(CREATE, { input: question({ channel: 'PORTAL' }) }, customer)).createTicket;
    expectOneError(await t.gqlErrors(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: created.id }, agent), 'CONFLICT');
    expectOneError(
      await t.gqlErrors(`mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED }) { id } }`, { id: created.id }, agent),
      'CONFLICT',
    );
    expect((await read(created.id)).resolution).toBe('FORWARDED_TO_SALES');
  });

  it('ID-2: a commercial question on an expired contract is refused as usual (the refusal names the sales mailbox), not forwarded', async () => {
    const gamma = await t.login('gamma@demo.local');
    const created = (await t.gql(CREATE, { input: question({ ...GAMMA_EXPIRED, channel: 'PORTAL', contact: { fullName: 'Григорий Гаммов', position: 'Инженер', phone: '+7 000 000-00-03' } }) }, gamma)).createTicket;
    expect(created).toMatchObject({ status: 'REJECTED', resolution: null });
    expect((await outboxOf(t, created.id)).map((m) => m.kind)).toEqual(['REJECTED']);
  });

  it('TKT-1: bad input is refused with its fields — a CRITICAL commercial question, a future receivedAt', async () => {
    const critical = expectOneError(await t.gqlErrors(CREATE, { input: question({ criticality: 'CRITICAL' }) }, customer), 'BAD_USER_INPUT');
    expect(fieldsOf(critical)).toContain('input.criticality');
    const future = expectOneError(
      await t.gqlErrors(CREATE, { input: question({ channel: 'PHONE', receivedAt: new Date(START.getTime() + 3_600_000).toISOString() }) }, agent),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(future)).toContain('input.receivedAt');
  });

  it('#19: FORWARDED_TO_SALES is set at intake only — closing another ticket with it is refused', async () => {
    clock.set(START);
    const incident = (await t.gql(CREATE, { input: ticketInput({ channel: 'PORTAL' }) }, customer)).createTicket;
    const error = expectOneError(
      await t.gqlErrors(`mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: FORWARDED_TO_SALES }) { id } }`, { id: incident.id }, agent),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(error)).toEqual(['input.resolution']);
  });
});

describe.each(TEST_DATABASES)('#19 a commercial question by e-mail on %s', (kind) => {
  let mail: EmailDesk['mail'];
  let desk: EmailDesk;
  const { messageId, read, ticketOf } = useEmailDesk(kind, (ready) => {
    desk = ready;
    mail = ready.mail;
  });

  it('#19: "Тип обращения: коммерческий вопрос" from a known contact is forwarded to the default sales mailbox, not queued', async () => {
    desk.clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({
      from: `Анна Альфина <${ANNA.email}>`,
      subject: 'Продление поддержки на 2027 год',
      text: 'Тип обращения: коммерческий вопрос\nКритичность: критичная\n\nПросим выставить счёт на продление поддержки на 2027 год.',
      messageId: id,
    });
    const ticketId = await ticketOf(id);
    const ticket = await read(ticketId);
    expect(ticket).toMatchObject({ channel: 'EMAIL', status: 'CLOSED', criticality: 'NON_CRITICAL' });
    const outbox = await outboxOf(desk.t, ticketId);
    expect(outbox.map((m) => [m.kind, m.recipient])).toEqual([
      ['SALES_FORWARD', 'isc@confident.ru'],
      ['FORWARDED_TO_SALES', ANNA.email],
    ]);
    expect(outbox[0]!.body).toContain('Просим выставить счёт на продление поддержки');
    const queued = (await desk.t.gql(QUEUE, {}, desk.agent)).queue.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(queued).not.toContain(String(ticketId));
  });
});
