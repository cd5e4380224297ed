import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { Locale } from '../../src/entities/notifications/notification.enums.js';
import { ADMIN, AGENT1, AGENT2, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { createTicket } from '../support/tickets.js';
import { msk } from '../support/time.js';

const FIELDS = 'id title bodyRu bodyEn shared editable';
const LIST = `query($s: String) { replyTemplates(search: $s) { ${FIELDS} } }`;
const CREATE = `mutation($input: ReplyTemplateInput!) { createReplyTemplate(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ReplyTemplateInput!) { updateReplyTemplate(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteReplyTemplate(id: $id) }';
const RENDER = 'query($tpl: ID!, $ticket: ID!) { renderReplyTemplate(templateId: $tpl, ticketId: $ticket) { locale text } }';

const GREETING = {
  title: 'Приветствие и срок',
  bodyRu: 'Здравствуйте, {{contactName}}! Заявка {{ticketNumber}} ({{product}}) принята, ответим до {{deadline}}. {{agentName}}',
  bodyEn: 'Hello {{contactName}}, ticket {{ticketNumber}} ({{product}}) is ours; we answer by {{deadline}}. {{agentName}}',
};

describe.each(TEST_DATABASES)('text modules (#19) on %s', (kind) => {
  let t: TestApp;
  let agent: string;
  let lead: string;
  let teamGreeting: { id: string };
  beforeAll(async () => {
    t = await startTestApp(kind, { clock: new ManualClock(msk('2026-03-04T12:00')) });
    agent = await t.login(AGENT1);
    lead = await t.login(LEAD);
    teamGreeting = (await t.gql(CREATE, { input: { ...GREETING, shared: true } }, lead)).createReplyTemplate;
  });
  afterAll(async () => t?.close());

  it("a lead writes the team's; every agent sees it, only leads and admins may change it", async () => {
    const seen = (await t.gql(LIST, {}, agent)).replyTemplates;
    expect(seen).toContainEqual({ id: teamGreeting.id, ...GREETING, shared: true, editable: false });
    expect((await t.gql(LIST, {}, await t.login(ADMIN))).replyTemplates.find((x: { id: string }) => x.id === teamGreeting.id).editable).toBe(true);
    await expectCode(t, 'FORBIDDEN', UPDATE, { id: teamGreeting.id, input: { ...GREETING, title: 'Моё' } }, agent);
    await expectCode(t, 'FORBIDDEN', DELETE, { id: teamGreeting.id }, agent);
    await expectCode(t, 'FORBIDDEN', CREATE, { input: { ...GREETING, shared: true } }, agent);
  });

  it('a personal template is its owner’s alone: others neither see, change nor render it', async () => {
    const own = (await t.gql(CREATE, { input: { title: 'Запрос журнала', bodyRu: 'Пришлите, пожалуйста, журнал событий.' } }, agent)).createReplyTemplate;
    expect(own).toMatchObject({ shared: false, editable: true, bodyEn: null });
    const other = await t.login(AGENT2);
    expect((await t.gql(LIST, {}, other)).replyTemplates.map((x: { id: string }) => x.id)).not.toContain(own.id);
    await expectCode(t, 'NOT_FOUND', UPDATE, { id: own.id, input: { title: 'x', bodyRu: 'y' } }, other);
    await expectCode(t, 'NOT_FOUND', DELETE, { id: own.id }, lead);
    const ticket = await createTicket(t, await t.login(ALFA));
    await expectCode(t, 'NOT_FOUND', RENDER, { tpl: own.id, ticket: ticket.id }, other);
    const updated = (await t.gql(UPDATE, { id: own.id, input: { title: 'Запрос журнала событий', bodyRu: 'Пришлите журнал, {{contactName}}.' } }, agent)).updateReplyTemplate;
    expect(updated).toMatchObject({ title: 'Запрос журнала событий', bodyRu: 'Пришлите журнал, {{contactName}}.' });
    expect((await t.gql(DELETE, { id: own.id }, agent)).deleteReplyTemplate).toBe(true);
    expect((await t.gql(LIST, {}, agent)).replyTemplates.map((x: { id: string }) => x.id)).not.toContain(own.id);
  });

  it('search matches title and texts in any case, Russian included', async () => {
    const titles = async (s: string) => (await t.gql(LIST, { s }, agent)).replyTemplates.map((x: { title: string }) => x.title);
    expect(await titles('ПРИВЕТСТВИЕ')).toEqual(['Приветствие и срок']);
    expect(await titles('принята ответим')).toEqual(['Приветствие и срок']);
    expect(await titles('hello')).toEqual(['Приветствие и срок']);
    expect(await titles('журнал')).toEqual([]);
  });

  it('renders for a ticket in its contact’s language: contact, number, product, Moscow deadline, the inserting agent', async () => {
    const ticket = await createTicket(t, await t.login(ALFA), { criticality: 'CRITICAL' });
    const ru = (await t.gql(RENDER, { tpl: teamGreeting.id, ticket: ticket.id }, agent)).renderReplyTemplate;
    expect(ru.locale).toBe('RU');
    expect(ru.text).toMatch(/^Здравствуйте, Анна Альфина! Заявка SD-\d{6} \(.+\) принята, ответим до 2026-03-04 \d\d:\d\d \(МСК\)\. Алексей Инженеров$/);
    expect(ru.text).toContain(ticket.number);

    const em = t.app.orm.em.fork();
    const contact = (await em.findOneOrFail(Ticket, Number(ticket.id), { populate: ['contact'] })).contact.getEntity();
    contact.locale = Locale.EN;
    await em.flush();
    const en = (await t.gql(RENDER, { tpl: teamGreeting.id, ticket: ticket.id }, agent)).renderReplyTemplate;
    expect(en.locale).toBe('EN');
    expect(en.text).toMatch(/^Hello Анна Альфина, ticket SD-\d{6} \(.+\) is ours; we answer by 2026-03-04 \d\d:\d\d \(MSK\)\. Алексей Инженеров$/);
    contact.locale = Locale.RU;
    await em.flush();
  });

  it('bad input: every problem named by its field, unknown variables listed', async () => {
    const error = expectOneError(
      await t.gqlErrors(CREATE, { input: { title: ' ', bodyRu: 'Здравствуйте, {{имя}}', bodyEn: 'Hi {{name}}' } }, agent),
      'BAD_USER_INPUT',
    );
    expect(fieldsOf(error)).toEqual(['input.title', 'input.bodyRu', 'input.bodyEn']);
    expect(error.message).toContain('{{имя}}');
    const long = expectOneError(await t.gqlErrors(CREATE, { input: { title: 'x'.repeat(121), bodyRu: ' ' } }, agent), 'BAD_USER_INPUT');
    expect(fieldsOf(long)).toEqual(['input.title', 'input.bodyRu']);
    await expectCode(t, 'NOT_FOUND', RENDER, { tpl: teamGreeting.id, ticket: '999999' }, agent);
    await expectCode(t, 'NOT_FOUND', UPDATE, { id: 'abc', input: GREETING }, lead);
  });

  it.each([ALFA, PARTNER])('is for staff: %s is FORBIDDEN', async (email) => {
    await expectCode(t, 'FORBIDDEN', LIST, {}, await t.login(email));
    await expectCode(t, 'FORBIDDEN', CREATE, { input: { title: 'x', bodyRu: 'y' } }, await t.login(email));
  });

  it('anonymous is UNAUTHENTICATED', async () => {
    await expectCode(t, 'UNAUTHENTICATED', LIST);
  });
});
