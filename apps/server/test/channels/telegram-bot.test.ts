import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contact } from '../../src/entities/organizations/contact.entity.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { NotificationKind } from '../../src/entities/notifications/notification.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { TelegramChat } from '../../src/entities/channels/telegram-chat.entity.js';
import { SelfServiceResolution } from '../../src/entities/info-services/self-service-resolution.entity.js';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import {
  startFakeTelegramApi,
  startTestTelegramWebhook,
  telegramUser,
  type FakeTelegramApi,
  type TestTelegramWebhook,
  waitForMessages,
} from '../support/fake-telegram.js';
import { AGENT1, ALFA, LEAD } from '../support/demo-data.js';
import { createTicket, userId } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

// Wednesday 11 March 2026, 10:00 MSK.
const NOW = msk('2026-03-11T10:00');
const ANNA = { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'anna@alfa.example' };

type TgUser = ReturnType<typeof telegramUser>;

describe.each(TEST_DATABASES)('telegram bot on %s', (kind) => {
  let t: TestApp;
  let api: FakeTelegramApi;
  let bot: TestTelegramWebhook;
  let agent: string;
  let annaId: number;
  let nextUser = kind === 'sqlite' ? 7_000_000 : 8_000_000;

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: new ManualClock(NOW) });
    api = await startFakeTelegramApi();
    bot = await startTestTelegramWebhook(t, api);
    agent = await t.login(AGENT1);
    const em = t.app.orm.em.fork();
    const anna = em.create(Contact, { ...ANNA, organization: await em.findOneOrFail(Organization, { name: 'АО Альфа' }), createdAt: NOW });
    await em.flush();
    annaId = anna.id;
  });
  afterAll(async () => {
    await bot?.close();
    await api?.close();
    await t?.close();
  });

  const newUser = (name = 'Анна') => telegramUser(nextUser++, name);
  /** Posts updates in order; returns the texts the bot sent to this chat in response. */
  async function say(user: TgUser, ...updates: Record<string, unknown>[]): Promise<string[]> {
    const before = api.messagesTo(user.id).length;
    for (const update of updates) expect(await bot.post(update)).toBe(200);
    return api.messagesTo(user.id).slice(before).map((c) => c.payload.text as string);
  }
  const lastMessage = (user: TgUser) => api.messagesTo(user.id).at(-1)!;
  const chatOf = (user: TgUser) => t.app.orm.em.fork().findOneOrFail(TelegramChat, { chatId: String(user.id) });

  async function identifyAsAnna(user: TgUser): Promise<void> {
    await say(user, user.text('/start'), user.text('DL-BASIC-0001'), user.contact('78120000001'));
    expect((await chatOf(user)).contact?.id).toBe(annaId);
  }

  it('the webhook refuses updates without the secret token', async () => {
    const user = newUser();
    expect(await bot.post(user.text('/start'), 'wrong-secret')).toBe(401);
    expect(await bot.post(user.text('/start'), null)).toBe(401);
    expect(api.messagesTo(user.id)).toEqual([]);
  });

  it('TKT-12: answers a basic question from the FAQ', async () => {
    const user = newUser();
    const [answer] = await say(user, user.text('Какое время реакции на критический инцидент?'));
    expect(answer).toContain('Время реакции');
    expect(answer).toContain('20 минут');
    const [hours] = await say(user, user.text('Когда работает поддержка в выходные?'));
    expect(hours).toContain('9:00 до 18:00');
  });

  it('TKT-12: says so when it cannot answer, pointing to e-mail and the portal', async () => {
    const user = newUser();
    const [reply] = await say(user, user.text('Как приготовить борщ?'));
    expect(reply).toContain('не могу быстро ответить');
    expect(reply).toContain('helpdesk@confident.ru');
    expect(reply).toContain('личном кабинете');
  });

  it('ID-1: /start, the license number and a known phone bind the chat to that contact person', async () => {
    const user = newUser();
    const greeting = await say(user, user.text('/start'));
    expect(greeting[1]).toContain('номер лицензии');

    const [askPhone] = await say(user, user.text('dl-basic-0001'));
    expect(askPhone).toContain('организация «АО Альфа»');
    expect(lastMessage(user).payload.reply_markup.keyboard[0][0]).toMatchObject({ request_contact: true });

    const [bound] = await say(user, user.contact('78120000001'));
    expect(bound).toContain('Анна Альфина');
    expect(bound).toContain('«АО Альфа»');
    const chat = await chatOf(user);
    expect(chat).toMatchObject({ state: 'IDLE', draft: null });
    expect(chat.contact?.id).toBe(annaId);
  });

  it("ID-1: an unknown number is refused; someone else's contact card is not accepted", async () => {
    const user = newUser();
    await say(user, user.text('/start'));
    const [notFound] = await say(user, user.text('XX-0000-404'));
    expect(notFound).toContain('«XX-0000-404» не найден');
    await say(user, user.text('DL-BASIC-0001'));
    const [foreign] = await say(user, user.contact('+78120000001', 999));
    expect(foreign).toContain('свой собственный номер');
    expect((await chatOf(user)).contact).toBeNull();
  });

  it('ID-1: a phone not on record adds the person as a new contact of the organization, with name and position', async () => {
    const user = newUser('Семён');
    await say(user, user.text('/start'), user.text('HW-EXT-0001'));
    const [askName] = await say(user, user.text('+7 (495) 111-22-33'));
    expect(askName).toContain('фамилию, имя и отчество');
    const [askPosition] = await say(user, user.text('Семёнов Семён Семёнович'));
    expect(askPosition).toContain('должность');
    const [bound] = await say(user, user.text('Инженер по защите информации'));
    expect(bound).toContain('«ПАО Бета»');

    const chat = await chatOf(user);
    const contact = await t.app.orm.em.fork().findOneOrFail(Contact, chat.contact!.id, { populate: ['organization'] });
    expect(contact).toMatchObject({ fullName: 'Семёнов Семён Семёнович', position: 'Инженер по защите информации', phone: '+7 (495) 111-22-33', email: null });
    expect(contact.organization.getEntity().name).toBe('ПАО Бета');
  });

  it('TKT-12: /new before identification asks the customer to identify first', async () => {
    const user = newUser();
    const [reply] = await say(user, user.text('/new'));
    expect(reply).toContain('/start');
    const [tickets] = await say(user, user.text('/tickets'));
    expect(tickets).toContain('/start');
  });

  it('TKT-12: /new opens a TELEGRAM ticket (subject, description, criticality); level from the contract', async () => {
    const user = newUser();
    await identifyAsAnna(user);
    await say(user, user.text('/new'), user.text('Не загружается АРМ'), user.text('После обновления АРМ зависает на экране входа.'));
    const buttons = lastMessage(user).payload.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data);
    // #19: matching knowledge-base articles come first, each with "this is the answer"; then the criticality.
    expect(buttons.slice(-3)).toEqual(['kind:CRITICAL', 'kind:NON_CRITICAL', 'kind:QUESTION']);

    const [registered] = await say(user, user.button('kind:CRITICAL'));
    const number = /SD-\d{6}/.exec(registered!)![0];
    expect(registered).toContain('11.03.2026 10:30 (МСК)');
    expect(api.calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);

    const ticket = await t.app.orm.em.fork().findOneOrFail(Ticket, { id: Number(number.slice(3)) });
    expect(ticket).toMatchObject({
      subject: 'Не загружается АРМ',
      description: 'После обновления АРМ зависает на экране входа.',
      channel: 'TELEGRAM',
      category: 'INCIDENT',
      criticality: 'CRITICAL',
      supportLevel: 'BASIC',
      priority: 2,
      status: 'NEW',
    });
    expect(ticket.receivedAt.getTime()).toBe(NOW.getTime());
    expect(ticket.contact.id).toBe(annaId);
    expect(await chatOf(user)).toMatchObject({ state: 'IDLE', draft: null });
    const [stale] = await say(user, user.button('kind:CRITICAL'));
    expect(stale).toContain('кнопка уже не действует');
  });

  it('TKT-9: /tickets tells the status and expected resolution date of the open tickets', async () => {
    const user = newUser();
    await identifyAsAnna(user);
    await say(user, user.text('/new'), user.text('Вопрос по журналу'), user.text('Как увеличить размер журнала?'), user.text('3'));
    const number = /SD-\d{6}/.exec(lastMessage(user).payload.text)![0];
    const id = String(Number(number.slice(3)));
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id }, agent);
    await t.gql(`mutation($id: ID!, $at: DateTime) { setExpectedResolution(ticketId: $id, at: $at) { id } }`, { id, at: '2026-03-13T15:00:00Z' }, agent);

    const [list] = await say(user, user.text('/tickets'));
    const entry = list!.split('\n\n').find((block) => block.startsWith(number))!;
    expect(entry).toContain('«Вопрос по журналу»');
    expect(entry).toContain('Статус: в работе');
    expect(entry).toContain('Ожидаемый срок решения: 13.03.2026 18:00 (МСК)');
  });

  it('the dialog lives in the database: another process (or a restart) continues it', async () => {
    const user = newUser();
    await identifyAsAnna(user);
    await say(user, user.text('/new'), user.text('Сбой службы'));
    await bot.close();
    // A second server process with its own bot instance and no memory of the chat.
    bot = await startTestTelegramWebhook(t, api);
    const [askKind] = await say(user, user.text('Служба останавливается каждые 10 минут.'));
    expect(askKind).toContain('Насколько это критично');
    const [registered] = await say(user, user.button('kind:NON_CRITICAL'));
    const number = /SD-\d{6}/.exec(registered!)![0];
    const ticket = await t.app.orm.em.fork().findOneOrFail(Ticket, Number(number.slice(3)));
    expect(ticket).toMatchObject({ subject: 'Сбой службы', channel: 'TELEGRAM', criticality: 'NON_CRITICAL' });
  });

  it('SLA-3: a contact without e-mail gets the notifications of a bot ticket in the chat', async () => {
    const user = newUser('Олег');
    await say(user, user.text('/start'), user.text('DL-EXT-0001'), user.text('+7 495 222-33-44'), user.text('Олегов Олег'), user.text('Инженер'));
    await say(user, user.text('/new'), user.text('Не стартует служба'), user.text('Служба не запускается после перезагрузки.'), user.button('kind:NON_CRITICAL'));
    const number = /SD-\d{6}/.exec(lastMessage(user).payload.text)![0];
    const ticketId = Number(number.slice(3));

    await bot.webhook.notifier.dispatch();
    // The notice and the bot's own "registered" reply race each other: either may come last.
    expect(api.messagesTo(user.id).map((m) => m.payload.text)).toContainEqual(expect.stringContaining(`[${number}] Обращение получено`));
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: String(ticketId) }, agent);
    await bot.webhook.notifier.dispatch();
    expect(lastMessage(user).payload.text).toContain(`[${number}] Заявка зарегистрирована, работы начаты`);

    const outbox = await t.app.orm.em.fork().find(OutboxMessage, { ticket: ticketId }, { orderBy: { id: 'asc' } });
    expect(outbox.map((m) => [m.kind, m.channel, m.status])).toEqual([
      ['RECEIVED', 'TELEGRAM', 'SENT'],
      ['WORK_STARTED', 'TELEGRAM', 'SENT'],
    ]);
    // SLA-3: the Bot API's message id is kept as the proof of receipt.
    expect(outbox[1]!.deliveryReceipt).toMatch(new RegExp(`^Telegram message \\d+ in chat ${user.id}$`));
    const timeline = await t.gql(`query($id: ID!) { ticket(id: $id) { timeline { kind summary data } } }`, { id: String(ticketId) }, agent);
    const sent = timeline.ticket.timeline.filter((e: { kind: string }) => e.kind === 'NOTIFICATION_SENT');
    expect(sent).toHaveLength(2);
    expect(sent[1].data).toMatchObject({ kind: 'WORK_STARTED', telegramMessageId: expect.any(Number), receipt: outbox[1]!.deliveryReceipt });
  });

  it('an update Telegram delivers twice is handled once', async () => {
    const user = newUser();
    const update = user.text('Какое время реакции?');
    expect(await bot.post(update)).toBe(200);
    expect(await bot.post(update)).toBe(200);
    expect(api.messagesTo(user.id)).toHaveLength(1);
  });

  it('#13: a staff member links a chat with /link and the one-time code; their notifications then arrive in it', async () => {
    const user = newUser('Алексей');
    const { createTelegramLinkCode: link } = await t.gql(`mutation { createTelegramLinkCode { code command } }`, {}, agent);
    expect(await say(user, user.text('/link WRONG1234'))).toEqual([expect.stringContaining('Код не подошёл')]);
    expect(await say(user, user.text(link.command))).toEqual([expect.stringContaining('Алексей Инженеров, этот чат привязан')]);
    // The code is spent.
    expect(await say(user, user.text(link.command))).toEqual([expect.stringContaining('Код не подошёл')]);

    const SETTINGS = `mutation($input: StaffNotificationSettingsInput!) { updateStaffNotificationSettings(input: $input) { telegramLinked } }`;
    const { updateStaffNotificationSettings } = await t.gql(SETTINGS, { input: { preferences: [{ kind: 'ASSIGNED', channels: ['TELEGRAM'] }] } }, agent);
    expect(updateStaffNotificationSettings.telegramLinked).toBe(true);

    const ticket = await createTicket(t, await t.login(ALFA), { subject: 'Назначение через Telegram' });
    await t.gql(`mutation($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { id } }`, { id: ticket.id, to: await userId(t, AGENT1) }, await t.login(LEAD));
    await bot.webhook.notifier.dispatch();
    const delivered = (await waitForMessages(api, user.id, 4)).at(-1)!;
    expect(delivered.payload.text).toContain(ticket.number);
    const sent = await t.app.orm.em.fork().find(OutboxMessage, { ticket: Number(ticket.id), kind: NotificationKind.STAFF_NOTIFICATION });
    expect(sent.map((m) => [m.channel, m.recipient, m.status])).toEqual([['TELEGRAM', String(user.id), 'SENT']]);
  });

  it('#19: /new offers the knowledge-base articles that match; "this is the answer" records it and opens no ticket', async () => {
    const user = newUser();
    await identifyAsAnna(user);
    const before = await t.app.orm.em.fork().count(Ticket, {});
    const [offer] = await say(user, user.text('/new'), user.text('Ошибка аутентификации'), user.text('Доменный пользователь не может войти в систему.')).then((texts) => texts.slice(-1));
    expect(offer).toContain('Возможно, ответ уже есть в базе знаний');
    expect(offer).toContain('Ошибка аутентификации при входе в систему');
    const buttons = lastMessage(user).payload.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data);
    const answered = buttons.find((data: string) => data.startsWith('answered:'))!;
    expect(await say(user, user.button(answered))).toEqual([expect.stringContaining('Заявка не отправлена')]);
    expect(await t.app.orm.em.fork().count(Ticket, {})).toBe(before);
    expect(await chatOf(user)).toMatchObject({ state: 'IDLE', draft: null });
    const resolution = await t.app.orm.em.fork().findOneOrFail(SelfServiceResolution, { contact: annaId }, { orderBy: { id: 'desc' } });
    expect(resolution).toMatchObject({ channel: 'TELEGRAM', user: null, article: { id: Number(answered.slice('answered:'.length)) } });
    expect(resolution.query).toBe('Ошибка аутентификации\nДоменный пользователь не может войти в систему.');
  });
});
