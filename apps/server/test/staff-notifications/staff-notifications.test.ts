import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkTelegramChat } from '../../src/modules/staff-notifications/index.js';
import { staffLinkCode } from '../../src/modules/channels/telegram/telegram-bot.js';
import { AGENT1, AGENT2, ALFA, BETA, LEAD } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { subscribe } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { betaPortalRequest, createTicket, settleSlaTimers, userId } from '../support/tickets.js';
import { instant, msk } from '../support/time.js';

/** Friday 13 March 2026. */
const FRIDAY_1630 = msk('2026-03-13T16:30');

const BELL = `query($unread: Boolean) { staffNotifications(first: 50, unreadOnly: $unread) { unreadCount nodes { id kind text data readAt offAppStatus offAppChannels offAppDueAt ticket { id number } } } }`;
const LIVE = `subscription { staffNotification { unreadCount allRead readIds notification { id kind text ticket { id } } } }`;
const OUTBOX = `{ outbox(first: 100) { id kind channel recipient subject body createdAt status } }`;
const START = `mutation($id: ID!) { startWork(ticketId: $id) { id } }`;
const ESCALATE = `mutation($id: ID!) { escalateTicket(ticketId: $id, reason: "Нужен разработчик") { id } }`;

interface Note { id: string; kind: string; text: string; data: Record<string, unknown>; readAt: string | null; offAppStatus: string; offAppChannels: string[]; offAppDueAt: string | null; ticket: { id: string } | null }
interface Mail { id: string; kind: string; channel: string; recipient: string; subject: string; body: string; createdAt: string }

describe.each(TEST_DATABASES)('staff notifications on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(FRIDAY_1630);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000', PUBLIC_URL: 'https://support.example.ru' } });
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.set(FRIDAY_1630));

  const bell = async (email: string, unread = false) => (await t.gql<{ staffNotifications: { unreadCount: number; nodes: Note[] } }>(BELL, { unread }, await t.login(email))).staffNotifications;
  const staffMail = async (to: string): Promise<Mail[]> =>
    (await t.gql<{ outbox: Mail[] }>(OUTBOX, {}, await t.login(LEAD))).outbox.filter((m) => m.recipient === to && m.kind.startsWith('STAFF_'));
  const about = (notes: Note[], ticketId: string) => notes.filter((n) => n.ticket?.id === ticketId);

  it("a customer's reply reaches the holder's bell live; read in one tab, read in every tab", async () => {
    const [agent, customer] = [await t.login(AGENT1), await t.login(ALFA)];
    const ticket = await createTicket(t, customer);
    await t.gql(START, { id: ticket.id }, agent);
    await t.gql(`mutation($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Версия ОС?") { id } }`, { id: ticket.id }, agent);
    const tabA = await subscribe(t.url, agent, LIVE);
    const tabB = await subscribe(t.url, agent, LIVE);
    try {
      await t.gql(`mutation($id: ID!) { answerTicket(ticketId: $id, body: "Windows 10 x64") { id } }`, { id: ticket.id }, customer);
      await tabA.until((e) => e.length >= 1);
      const event = tabA.events[0].staffNotification;
      expect(event.notification).toMatchObject({ kind: 'CUSTOMER_REPLY', ticket: { id: ticket.id } });
      expect(event.notification.text).toContain(ticket.number);
      const unread = (await bell(AGENT1, true)).nodes;
      expect(about(unread, ticket.id).map((n) => n.kind)).toEqual(['CUSTOMER_REPLY']);
      await t.gql(`mutation($ids: [ID!]!) { markStaffNotificationsRead(ids: $ids) }`, { ids: [event.notification.id] }, agent);
      await tabB.until((e) => e.some((x) => x.staffNotification.readIds?.includes(event.notification.id)));
      expect(about((await bell(AGENT1, true)).nodes, ticket.id)).toEqual([]);
      // The customer's own action notifies nobody else, and nobody is told what they did themselves.
      expect(about((await bell(AGENT2)).nodes, ticket.id)).toEqual([]);
    } finally {
      await tabA.close();
      await tabB.close();
    }
  });

  it('TKT-6: an assignment and its removal reach the agent they concern, naming who did it', async () => {
    const lead = await t.login(LEAD);
    const ticket = await createTicket(t, await t.login(ALFA));
    await t.gql(`mutation($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { id } }`, { id: ticket.id, to: await userId(t, AGENT2) }, lead);
    await t.gql(`mutation($id: ID!) { unassignTicket(ticketId: $id) { id } }`, { id: ticket.id }, lead);
    const notes = about((await bell(AGENT2)).nodes, ticket.id);
    expect(notes.map((n) => n.kind).sort()).toEqual(['ASSIGNED', 'UNASSIGNED']);
    expect(notes.find((n) => n.kind === 'ASSIGNED')!.data.actorName).toBe('Ирина Руководитель');
  });

  it('TKT-6: escalateTicket tells the holder and every team lead at once; an EXTENDED one reaches the lead by e-mail at once', async () => {
    const agent = await t.login(AGENT1);
    const ticket = await createTicket(t, await t.login(BETA), betaPortalRequest());
    await t.gql(START, { id: ticket.id }, agent);
    await t.gql(ESCALATE, { id: ticket.id }, await t.login(AGENT2));
    expect(about((await bell(AGENT1)).nodes, ticket.id).map((n) => n.kind)).toEqual(['ESCALATED']);
    const [leadNote] = about((await bell(LEAD)).nodes, ticket.id);
    expect(leadNote).toMatchObject({ kind: 'ESCALATED', offAppStatus: 'QUEUED', offAppChannels: ['EMAIL'] });
    const mail = (await staffMail(LEAD)).find((m) => m.subject.includes(ticket.number))!;
    expect(mail).toMatchObject({ kind: 'STAFF_NOTIFICATION', channel: 'EMAIL' });
    expect(mail.body).toContain(`https://support.example.ru/tickets/${ticket.id}`);
  });

  it('LVL-2: a BASIC breach at 19:00 Friday waits and goes off-app at 09:00 Monday in a digest; an EXTENDED one at once', async () => {
    const lead = await t.login(LEAD);
    const basic = await createTicket(t, await t.login(ALFA), { subject: 'Основной: нарушение в пятницу' });
    clock.set(msk('2026-03-13T18:00'));
    const extended = await createTicket(t, await t.login(BETA), betaPortalRequest({ subject: 'Расширенный: нарушение в пятницу' }));
    clock.set(msk('2026-03-13T19:00'));
    await settleSlaTimers(t);
    const notes = (await bell(LEAD)).nodes;
    const basicBreach = about(notes, basic.id).find((n) => n.kind === 'SLA_BREACHED')!;
    expect(basicBreach).toMatchObject({ offAppStatus: 'WAITING', offAppChannels: ['EMAIL'] });
    expect(instant(basicBreach.offAppDueAt!)).toBe(msk('2026-03-16T09:00').getTime());
    const extendedBreach = about(notes, extended.id).find((n) => n.kind === 'SLA_BREACHED')!;
    expect(extendedBreach.offAppStatus).toBe('QUEUED');
    expect((await staffMail(LEAD)).some((m) => m.subject.includes(extended.number) && instant(m.createdAt) === msk('2026-03-13T19:00').getTime())).toBe(true);
    expect((await staffMail(LEAD)).some((m) => m.body.includes(basic.number))).toBe(false);

    // A second BASIC alert of the evening joins the same wait.
    clock.set(msk('2026-03-13T19:30'));
    await t.gql(ESCALATE, { id: basic.id }, await t.login(AGENT1));
    clock.set(msk('2026-03-16T08:59'));
    await settleSlaTimers(t);
    expect((await staffMail(LEAD)).some((m) => m.body.includes(basic.number))).toBe(false);
    clock.set(msk('2026-03-16T09:00'));
    await settleSlaTimers(t);
    const digests = (await staffMail(LEAD)).filter((m) => m.body.includes(basic.number));
    expect(digests).toHaveLength(1);
    // One message for everything that waited (other BASIC tickets of this suite breached that evening too).
    expect(digests[0]).toMatchObject({ kind: 'STAFF_DIGEST', channel: 'EMAIL' });
    expect(digests[0]!.subject).toMatch(/^Сводка уведомлений: \d+$/);
    expect(instant(digests[0]!.createdAt)).toBe(msk('2026-03-16T09:00').getTime());
    expect(digests[0]!.body).toContain('Время реакции нарушено');
    expect(digests[0]!.body).toContain('Эскалация');
    expect(about((await bell(LEAD)).nodes, basic.id).filter((n) => n.offAppStatus === 'WAITING')).toEqual([]);
    await t.gql(`mutation { markAllStaffNotificationsRead }`, {}, lead);
    expect((await bell(LEAD)).unreadCount).toBe(0);
  });

  it('personal quiet hours hold EXTENDED alerts too, except a BREACHED one on an EXTENDED CRITICAL ticket', async () => {
    const lead = await t.login(LEAD);
    const SETTINGS = `mutation($input: StaffNotificationSettingsInput!) { updateStaffNotificationSettings(input: $input) { quietFrom quietUntil preferences { kind channels } } }`;
    const bad = expectOneError(await t.gqlErrors(SETTINGS, { input: { quietFrom: '25:00', quietUntil: '07:00', preferences: [{ kind: 'SLA_AT_RISK', channels: ['TELEGRAM'] }] } }, lead), 'BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['input.preferences.0.channels', 'input.quietFrom']);
    const { updateStaffNotificationSettings: saved } = await t.gql(SETTINGS, { input: { quietFrom: '22:00', quietUntil: '07:00' } }, lead);
    expect(saved).toMatchObject({ quietFrom: '22:00', quietUntil: '07:00' });
    clock.set(msk('2026-03-13T22:40'));
    const critical = await createTicket(t, await t.login(BETA), betaPortalRequest({ criticality: 'CRITICAL', subject: 'P1 ночью' }));
    const plain = await createTicket(t, await t.login(BETA), betaPortalRequest({ subject: 'P3 ночью' }));
    clock.set(msk('2026-03-13T23:30'));
    await settleSlaTimers(t);
    const notes = (await bell(LEAD)).nodes;
    expect(about(notes, critical.id).find((n) => n.kind === 'SLA_BREACHED')!.offAppStatus).toBe('QUEUED');
    const held = about(notes, plain.id).find((n) => n.kind === 'SLA_BREACHED')!;
    expect(held.offAppStatus).toBe('WAITING');
    expect(instant(held.offAppDueAt!)).toBe(msk('2026-03-14T07:00').getTime());
    await t.gql(SETTINGS, { input: { quietFrom: '', quietUntil: '' } }, lead);
  });

  it('Telegram: a one-time code links the chat through the bot; only then can Telegram be chosen', async () => {
    const agent = await t.login(AGENT1);
    const { createTelegramLinkCode: link } = await t.gql(`mutation { createTelegramLinkCode { code expiresAt command } }`, {}, agent);
    expect(link.command).toBe(`/link ${link.code}`);
    expect(staffLinkCode(link.command)).toBe(link.code);
    expect(staffLinkCode(`/start link-${link.code}`)).toBe(link.code);
    expect(await linkTelegramChat(t.app.orm.em.fork(), 'WRONG123', '777', clock.now())).toBeNull();
    expect(await linkTelegramChat(t.app.orm.em.fork(), link.code, '777', clock.now())).toBe('Алексей Инженеров');
    // Used once.
    expect(await linkTelegramChat(t.app.orm.em.fork(), link.code, '778', clock.now())).toBeNull();
    const SETTINGS = `mutation($input: StaffNotificationSettingsInput!) { updateStaffNotificationSettings(input: $input) { telegramLinked preferences { kind channels } } }`;
    const { updateStaffNotificationSettings: s } = await t.gql(SETTINGS, { input: { preferences: [{ kind: 'ASSIGNED', channels: ['TELEGRAM', 'EMAIL'] }] } }, agent);
    expect(s.telegramLinked).toBe(true);
    expect(s.preferences.find((p: { kind: string }) => p.kind === 'ASSIGNED').channels).toEqual(['TELEGRAM', 'EMAIL']);
    clock.set(msk('2026-03-13T12:00'));
    const ticket = await createTicket(t, await t.login(ALFA));
    await t.gql(`mutation($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { id } }`, { id: ticket.id, to: await userId(t, AGENT1) }, await t.login(LEAD));
    const sent = (await t.gql<{ outbox: Mail[] }>(OUTBOX, {}, await t.login(LEAD))).outbox.filter((m) => m.subject.includes(ticket.number) && m.kind === 'STAFF_NOTIFICATION');
    expect(sent.map((m) => [m.channel, m.recipient]).sort()).toEqual([['EMAIL', AGENT1], ['TELEGRAM', '777']]);
    await expectCode(t, 'FORBIDDEN', BELL, {}, await t.login(ALFA));
  });
});
