import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, AGENT1, AGENT2, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket, ticketWithTimeline, userId } from '../support/tickets.js';
import { msk } from '../support/time.js';

const FIELDS = 'id name shared editable replyKind targetStatus resolution assignment replyTemplate { id title } assignee { id }';
const LIST = `query { macros { ${FIELDS} } }`;
const CREATE = `mutation($input: MacroInput!) { createMacro(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: MacroInput!) { updateMacro(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteMacro(id: $id) }';
const APPLY = 'mutation($macro: ID!, $ticket: ID!) { applyMacro(macroId: $macro, ticketId: $ticket) { id status respondedAt assignee { email } messages { kind body } } }';
const CREATE_TEMPLATE = 'mutation($input: ReplyTemplateInput!) { createReplyTemplate(input: $input) { id } }';
const CLOSE = 'mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED }) { status } }';
const START = 'mutation($id: ID!) { startWork(ticketId: $id) { status } }';

describe.each(TEST_DATABASES)('macros (#19) on %s', (kind) => {
  let t: TestApp;
  let agent: string;
  let lead: string;
  let customer: string;
  let askForLogs: { id: string };
  let takeAndHandOver: { id: string };
  let teamTemplate: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock: new ManualClock(msk('2026-03-04T12:00')) });
    agent = await t.login(AGENT1);
    lead = await t.login(LEAD);
    customer = await t.login(ALFA);
    teamTemplate = (
      await t.gql(CREATE_TEMPLATE, { input: { title: 'Журнал', bodyRu: 'Здравствуйте, {{contactName}}! Пришлите журнал событий по заявке {{ticketNumber}}.', shared: true } }, lead)
    ).createReplyTemplate.id;
    askForLogs = (
      await t.gql(CREATE, { input: { name: 'Взять и запросить журнал', shared: true, replyTemplateId: teamTemplate, replyKind: 'CLARIFYING_QUESTION', targetStatus: 'IN_PROGRESS' } }, lead)
    ).createMacro;
    takeAndHandOver = (
      await t.gql(CREATE, { input: { name: 'Взять и передать Марии', shared: true, targetStatus: 'IN_PROGRESS', assignment: 'AGENT', assigneeId: await userId(t, AGENT2) } }, lead)
    ).createMacro;
  });
  afterAll(async () => t?.close());

  it("a lead writes the team's macros; agents see and apply them, only leads and admins change them", async () => {
    const seen = (await t.gql(LIST, {}, agent)).macros;
    expect(seen.find((m: { id: string }) => m.id === askForLogs.id)).toMatchObject({
      name: 'Взять и запросить журнал', shared: true, editable: false, replyKind: 'CLARIFYING_QUESTION', targetStatus: 'IN_PROGRESS', replyTemplate: { id: teamTemplate, title: 'Журнал' },
    });
    expect((await t.gql(LIST, {}, await t.login(ADMIN))).macros.find((m: { id: string }) => m.id === askForLogs.id).editable).toBe(true);
    await expectCode(t, 'FORBIDDEN', UPDATE, { id: askForLogs.id, input: { name: 'Моё', targetStatus: 'IN_PROGRESS' } }, agent);
    await expectCode(t, 'FORBIDDEN', DELETE, { id: askForLogs.id }, agent);
    await expectCode(t, 'FORBIDDEN', CREATE, { input: { name: 'x', shared: true, targetStatus: 'IN_PROGRESS' } }, agent);
  });

  it('SLA-2/3: taking a NEW ticket through a macro is startWork — the reaction and its notice — then the reply, each on the timeline as by hand', async () => {
    const ticket = await createTicket(t, customer);
    const applied = (await t.gql(APPLY, { macro: askForLogs.id, ticket: ticket.id }, agent)).applyMacro;
    expect(applied.status).toBe('WAITING_FOR_CUSTOMER');
    expect(applied.respondedAt).not.toBeNull();
    expect(applied.assignee.email).toBe(AGENT1);
    expect(applied.messages).toEqual([{ kind: 'CLARIFYING_QUESTION', body: `Здравствуйте, Анна Альфина! Пришлите журнал событий по заявке ${ticket.number}.` }]);
    const { timeline } = await ticketWithTimeline(t, lead, ticket.id);
    const kinds = timeline.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['ASSIGNED', 'RESPONDED', 'MESSAGE']));
    const statuses = timeline.filter((e) => e.kind === 'STATUS_CHANGED').map((e) => e.summary);
    expect(statuses).toEqual(['NEW → IN_PROGRESS', 'IN_PROGRESS → WAITING_FOR_CUSTOMER']);
    // The reply comes after the reaction, as SLA-2 has it by hand.
    expect(kinds.indexOf('MESSAGE')).toBeGreaterThan(kinds.indexOf('RESPONDED'));
  });

  it('a lead’s macro assigns to the named agent after taking the ticket', async () => {
    const ticket = await createTicket(t, customer);
    const applied = (await t.gql(APPLY, { macro: takeAndHandOver.id, ticket: ticket.id }, lead)).applyMacro;
    expect(applied).toMatchObject({ status: 'IN_PROGRESS', assignee: { email: AGENT2 } });
    const { timeline } = await ticketWithTimeline(t, lead, ticket.id);
    expect(timeline.filter((e) => e.kind === 'ASSIGNED').map((e) => e.summary)).toEqual(['Took the ticket', 'Assigned to Мария Поддержкина']);
  });

  it('TKT-6: an agent may not assign through a macro either — FORBIDDEN, and nothing of it is applied', async () => {
    const ticket = await createTicket(t, customer);
    const before = await ticketWithTimeline(t, lead, ticket.id);
    await expectCode(t, 'FORBIDDEN', APPLY, { macro: takeAndHandOver.id, ticket: ticket.id }, agent);
    const after = await ticketWithTimeline(t, lead, ticket.id);
    expect(after).toMatchObject({ status: 'NEW', respondedAt: null, assignee: null });
    expect(after.timeline).toEqual(before.timeline);
  });

  it('a refused step refuses the macro: a reply to a NEW ticket (SLA-2), any step on a closed one (TKT-4); nothing half-applied', async () => {
    const replyOnly = (await t.gql(CREATE, { input: { name: 'Только ответ', replyTemplateId: teamTemplate, assignment: 'UNASSIGN' } }, agent)).createMacro;
    const fresh = await createTicket(t, customer);
    const before = await ticketWithTimeline(t, lead, fresh.id);
    const error = await expectCode(t, 'CONFLICT', APPLY, { macro: replyOnly.id, ticket: fresh.id }, agent);
    expect(error.message).toContain('start work on it first');
    expect((await ticketWithTimeline(t, lead, fresh.id)).timeline).toEqual(before.timeline);

    const closed = await createTicket(t, customer);
    await t.gql(START, { id: closed.id }, agent);
    await t.gql(CLOSE, { id: closed.id }, agent);
    const closedBefore = await ticketWithTimeline(t, lead, closed.id);
    expect((await expectCode(t, 'CONFLICT', APPLY, { macro: askForLogs.id, ticket: closed.id }, agent)).message).toContain('TKT-4');
    expect((await ticketWithTimeline(t, lead, closed.id)).timeline).toEqual(closedBefore.timeline);
  });

  it('a personal macro: reply and close in one action; its owner’s alone', async () => {
    const solved = (
      await t.gql(CREATE, { input: { name: 'Решено', replyTemplateId: teamTemplate, replyKind: 'SOLUTION', targetStatus: 'CLOSED', resolution: 'SOLVED' } }, agent)
    ).createMacro;
    expect(solved).toMatchObject({ shared: false, editable: true, replyKind: 'SOLUTION', targetStatus: 'CLOSED', resolution: 'SOLVED', assignment: null });
    const ticket = await createTicket(t, customer);
    await t.gql(START, { id: ticket.id }, agent);
    const applied = (await t.gql(APPLY, { macro: solved.id, ticket: ticket.id }, agent)).applyMacro;
    expect(applied.status).toBe('CLOSED');
    expect(applied.messages.map((m: { kind: string }) => m.kind)).toEqual(['SOLUTION']);
    const statuses = (await ticketWithTimeline(t, lead, ticket.id)).timeline.filter((e) => e.kind === 'STATUS_CHANGED').map((e) => e.summary);
    expect(statuses).toEqual(['NEW → IN_PROGRESS', 'IN_PROGRESS → WAITING_FOR_CUSTOMER', 'WAITING_FOR_CUSTOMER → CLOSED']);

    const other = await t.login(AGENT2);
    expect((await t.gql(LIST, {}, other)).macros.map((m: { id: string }) => m.id)).not.toContain(solved.id);
    await expectCode(t, 'NOT_FOUND', APPLY, { macro: solved.id, ticket: ticket.id }, other);
    await expectCode(t, 'NOT_FOUND', UPDATE, { id: solved.id, input: { name: 'x', targetStatus: 'IN_PROGRESS' } }, other);
    const renamed = (await t.gql(UPDATE, { id: solved.id, input: { name: 'Решено, закрыть', targetStatus: 'CLOSED', resolution: 'INFORMATION_PROVIDED' } }, agent)).updateMacro;
    expect(renamed).toMatchObject({ name: 'Решено, закрыть', replyTemplate: null, replyKind: null, resolution: 'INFORMATION_PROVIDED' });
    expect((await t.gql(DELETE, { id: solved.id }, agent)).deleteMacro).toBe(true);
    expect((await t.gql(LIST, {}, agent)).macros.map((m: { id: string }) => m.id)).not.toContain(solved.id);
  });

  it('deleting its template drops the macro’s reply step, not the macro', async () => {
    const template = (await t.gql(CREATE_TEMPLATE, { input: { title: 'Временный', bodyRu: 'Текст' } }, agent)).createReplyTemplate.id;
    const macro = (await t.gql(CREATE, { input: { name: 'С временным шаблоном', replyTemplateId: template, targetStatus: 'IN_PROGRESS' } }, agent)).createMacro;
    await t.gql('mutation($id: ID!) { deleteReplyTemplate(id: $id) }', { id: template }, agent);
    const after = (await t.gql(LIST, {}, agent)).macros.find((m: { id: string }) => m.id === macro.id);
    expect(after).toMatchObject({ name: 'С временным шаблоном', replyTemplate: null, targetStatus: 'IN_PROGRESS' });
  });

  it('bad input: every problem named by its field', async () => {
    const all = expectOneError(
      await t.gqlErrors(CREATE, {
        input: { name: ' ', replyTemplateId: '999999', replyKind: 'INTERNAL_NOTE', targetStatus: 'WAITING_FOR_CUSTOMER', resolution: 'NO_CUSTOMER_RESPONSE', assignment: 'AGENT', assigneeId: 'abc' },
      }, lead),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(all)).toEqual(['input.name', 'input.replyTemplateId', 'input.replyKind', 'input.targetStatus', 'input.resolution', 'input.assigneeId']);
    const closing = expectOneError(await t.gqlErrors(CREATE, { input: { name: 'x'.repeat(121), targetStatus: 'CLOSED', assignment: 'UNASSIGN', assigneeId: '1' } }, lead), 'BAD_USER_INPUT');
    expect(fieldsOf(closing)).toEqual(['input.name', 'input.resolution', 'input.assigneeId', 'input.assignment']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(CREATE, { input: { name: 'Пусто' } }, agent), 'BAD_USER_INPUT'))).toEqual(['input']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(CREATE, { input: { name: 'Себе', assignment: 'ME' } }, agent), 'BAD_USER_INPUT'))).toEqual(['input.assignment']);
    expect(fieldsOf(expectOneError(await t.gqlErrors(CREATE, { input: { name: 'Закрыть', targetStatus: 'CLOSED', resolution: 'THIRD_PARTY' } }, lead), 'BAD_USER_INPUT'))).toEqual(['input.resolution']);
    const personal = (await t.gql(CREATE_TEMPLATE, { input: { title: 'Моё', bodyRu: 'Текст' } }, lead)).createReplyTemplate.id;
    const team = expectOneError(await t.gqlErrors(CREATE, { input: { name: 'Командный', shared: true, replyTemplateId: personal } }, lead), 'BAD_USER_INPUT');
    expect(team.message).toContain("team's templates");
    await expectCode(t, 'NOT_FOUND', APPLY, { macro: '999999', ticket: '1' }, agent);
    await expectCode(t, 'NOT_FOUND', APPLY, { macro: askForLogs.id, ticket: 'abc' }, agent);
    await expectCode(t, 'NOT_FOUND', DELETE, { id: 'abc' }, lead);
  });

  it.each([ALFA, PARTNER])('is for staff: %s is FORBIDDEN to list, write or apply', async (email) => {
    const token = await t.login(email);
    await expectCode(t, 'FORBIDDEN', LIST, {}, token);
    await expectCode(t, 'FORBIDDEN', CREATE, { input: { name: 'x', targetStatus: 'IN_PROGRESS' } }, token);
    await expectCode(t, 'FORBIDDEN', APPLY, { macro: askForLogs.id, ticket: '1' }, token);
  });

  it('anonymous is UNAUTHENTICATED', async () => {
    await expectCode(t, 'UNAUTHENTICATED', APPLY, { macro: askForLogs.id, ticket: '1' });
  });
});
