import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Contact } from '../src/entities/organizations/contact.entity.js';
import { InboundMail, InboundMailStatus } from '../src/entities/channels/inbound-mail.entity.js';
import { Organization } from '../src/entities/organizations/organization.entity.js';
import { OutboxMessage } from '../src/entities/notifications/outbox-message.entity.js';
import { RefusedRequest } from '../src/entities/tickets/refused-request.entity.js';
import { TicketFile } from '../src/entities/files/ticket-file.entity.js';
import { Ticket } from '../src/entities/tickets/ticket.entity.js';
import { startTestEmailIntake, type TestEmailIntake } from './support/email-intake.js';
import { AGENT1, msk } from './support/fixtures.js';
import { ManualClock, startTestApp, type TestApp } from './support/test-app.js';
import { TEST_DATABASES } from './support/test-database.js';

// Wednesday 11 March 2026, 10:00 MSK: a working day inside BASIC service hours.
const ARRIVAL = msk('2026-03-11T10:00');

const TICKET = `query($id: ID!) { ticket(id: $id) {
  id number subject description status channel supportLevel criticality priority receivedAt responseDueAt
  organization { name }
  messages { kind body authorName }
  continues { id number }
  timeline { kind summary }
} }`;

const ANNA = { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'anna@alfa.example' };
const PETR = { fullName: 'Пётр Бетов', position: 'Инженер', phone: '+7 495 000-00-09', email: 'petr@beta.example' };

describe.each(TEST_DATABASES)('inbound e-mail on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let mail: TestEmailIntake;
  let agent: string;
  let sequence = 0;

  beforeAll(async () => {
    clock = new ManualClock(ARRIVAL);
    t = await startTestApp(kind, { clock });
    mail = await startTestEmailIntake(t);
    agent = await t.login(AGENT1);
    // Contact persons known by their e-mail, as earlier requests left them.
    const em = t.app.orm.em.fork();
    const organization = (name: string) => em.findOneOrFail(Organization, { name });
    em.create(Contact, { ...ANNA, organization: await organization('АО Альфа'), createdAt: ARRIVAL });
    em.create(Contact, { ...PETR, organization: await organization('ПАО Бета'), createdAt: ARRIVAL });
    await em.flush();
  });
  afterAll(async () => {
    await mail?.close();
    await t?.close();
  });

  const messageId = () => `<test-${kind}-${++sequence}-${Date.now()}@customer.example>`;
  const em = () => t.app.orm.em.fork();
  const read = async (id: number | string) => (await t.gql(TICKET, { id: String(id) }, agent)).ticket;
  const inbound = (id: string) => em().findOneOrFail(InboundMail, { messageId: id }, { populate: ['raw'] });
  const ticketOf = async (id: string) => (await inbound(id)).ticket!.id;
  const autoRepliesTo = (address: string) =>
    em().find(OutboxMessage, { recipient: address, ticket: null }, { orderBy: { id: 'asc' } });

  it('ID-1, SLA-2: mail from a known contact becomes an EMAIL ticket received when it arrived, level from the contract', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    const info = await mail.send({
      from: `Анна Альфина <${ANNA.email}>`,
      subject: 'Не запускается служба Dallas Lock',
      text: 'После перезагрузки служба не стартует, в журнале ошибка 1053.',
      messageId: id,
      // The Date header says two days earlier: the SLA clock starts on arrival, not at writing.
      date: new Date(ARRIVAL.getTime() - 2 * 24 * 3600_000),
    });
    expect(info.response).toMatch(/^250 .*registered as SD-\d{6}/);

    const ticket = await read(await ticketOf(id));
    expect(ticket).toMatchObject({
      subject: 'Не запускается служба Dallas Lock',
      status: 'NEW',
      channel: 'EMAIL',
      supportLevel: 'BASIC',
      criticality: 'NON_CRITICAL',
      priority: 4,
      organization: { name: 'АО Альфа' },
    });
    expect(new Date(ticket.receivedAt).getTime()).toBe(ARRIVAL.getTime());
    // SLA-1: NON_CRITICAL on BASIC, one working hour.
    expect(new Date(ticket.responseDueAt).getTime()).toBe(msk('2026-03-11T11:00').getTime());
    expect(ticket.description).toContain('ошибка 1053');

    const received = await em().find(OutboxMessage, { ticket: Number(ticket.id) });
    expect(received.map((m) => [m.kind, m.recipient])).toEqual([['RECEIVED', ANNA.email]]);
  });

  it('ID-1: an unknown sender identifies with "Label: value" lines; the level comes from the contract (EXTENDED, P1)', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({
      from: 'sidorov@beta.example',
      subject: 'Fwd: ПАК не загружается',
      text: [
        'Добрый день! ПАК «Соболь» не проходит идентификацию, АРМ не загружается.',
        '',
        'Серийный номер: HW-EXT-0001',
        'Организация: ПАО «Бета»',
        'ФИО: Сидоров Иван Петрович',
        'Должность: Инженер по защите информации',
        'Телефон: +7 495 000-00-05',
        'Критичность: критический',
      ].join('\n'),
      messageId: id,
    });
    const ticket = await read(await ticketOf(id));
    expect(ticket).toMatchObject({ subject: 'ПАК не загружается', channel: 'EMAIL', supportLevel: 'EXTENDED', criticality: 'CRITICAL', priority: 1 });
    // SLA-1: CRITICAL on EXTENDED, 20 minutes around the clock.
    expect(new Date(ticket.responseDueAt).getTime()).toBe(ARRIVAL.getTime() + 20 * 60_000);
    const contact = await em().findOneOrFail(Contact, { email: 'sidorov@beta.example' });
    expect(contact).toMatchObject({ fullName: 'Сидоров Иван Петрович', position: 'Инженер по защите информации', phone: '+7 495 000-00-05' });
  });

  it('ID-1: unidentified mail is kept (raw + refused request) and answered with exactly what is missing', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    const info = await mail.send({
      from: 'stranger@nowhere.example',
      subject: 'Помогите',
      text: 'Не работает программа, что делать?',
      messageId: id,
      attachments: [{ filename: 'screen.png', content: Buffer.from('png-bytes') }],
    });
    expect(info.response).toMatch(/^250 .*unidentified/);

    const kept = await inbound(id);
    expect(kept.status).toBe(InboundMailStatus.UNIDENTIFIED);
    expect(kept.ticket).toBeNull();
    expect(kept.raw?.toString('utf8')).toContain(`Message-ID: ${id}`);
    const refused = await em().findOneOrFail(RefusedRequest, kept.refusedRequest!.id);
    expect(refused).toMatchObject({ channel: 'EMAIL' });
    expect(refused.payload).toMatchObject({ from: 'stranger@nowhere.example', subject: 'Помогите', text: 'Не работает программа, что делать?' });
    expect(refused.payload.missing).toEqual(['identifier', 'organizationName', 'fullName', 'position', 'phone']);

    const [reply] = await autoRepliesTo('stranger@nowhere.example');
    expect(reply).toBeDefined();
    expect(reply!.channel).toBe('EMAIL');
    expect(reply!.kind).toBe('IDENTIFICATION_REQUIRED');
    expect(reply!.subject).toBe('Не удалось зарегистрировать обращение: Помогите');
    const missingList = reply!.body.slice(reply!.body.indexOf('В письме не хватает:'), reply!.body.indexOf('Пожалуйста'));
    expect(missingList.trim().split('\n')).toEqual([
      'В письме не хватает:',
      '1. номер лицензии (для программного продукта), серийный номер (для аппаратного) или код активации технической поддержки',
      '2. наименование организации',
      '3. ФИО контактного лица',
      '4. должность контактного лица',
      '5. контактный телефон',
    ]);
    expect(reply!.body).toContain('Номер лицензии:\nОрганизация:\nФИО:\nДолжность:\nТелефон:');
  });

  it('ID-1: the reply to the automatic answer completes the kept message: one ticket with its text and attachments', async () => {
    clock.set(ARRIVAL);
    const first = messageId();
    await mail.send({
      from: 'kozlov@alfa.example',
      subject: 'Ошибка аутентификации',
      text: 'При входе доменного пользователя появляется «Ошибка аутентификации».',
      messageId: first,
      attachments: [{ filename: 'error.log', content: 'line 1\nline 2\n' }],
    });
    const [reply] = await autoRepliesTo('kozlov@alfa.example');
    expect(reply!.body).toContain('1. номер лицензии');
    const replyMessageId = `<outbox-${reply!.id}@desk.local>`;

    clock.set(new Date(ARRIVAL.getTime() + 15 * 60_000));
    const second = messageId();
    await mail.send({
      from: 'kozlov@alfa.example',
      subject: `Re: ${reply!.subject}`,
      inReplyTo: replyMessageId,
      references: [first, replyMessageId],
      text: [
        'Номер лицензии: DL-BASIC-0001',
        'Организация: АО Альфа',
        'ФИО: Козлов Сергей',
        'Должность: Системный администратор',
        'Телефон: 8 (812) 000-00-07',
        '',
        '> Номер лицензии:',
        '> Организация:',
      ].join('\n'),
      messageId: second,
    });
    const ticket = await read(await ticketOf(second));
    expect(ticket).toMatchObject({ subject: 'Ошибка аутентификации', channel: 'EMAIL', supportLevel: 'BASIC', organization: { name: 'АО Альфа' } });
    expect(ticket.description).toContain('«Ошибка аутентификации»');
    expect(ticket.description).toContain('Козлов Сергей');
    // The clock starts when the request became processable: the identifying reply (SLA-2, ID-1).
    expect(new Date(ticket.receivedAt).getTime()).toBe(ARRIVAL.getTime() + 15 * 60_000);
    const files = await em().find(TicketFile, { ticket: Number(ticket.id) });
    expect(files.map((f) => f.fileName)).toEqual(['error.log']);
    const completed = await inbound(first);
    expect(completed.status).toBe(InboundMailStatus.REGISTERED);
    expect(completed.ticket?.id).toBe(Number(ticket.id));
  });

  it('ID-1: a known contact of an organization with several contracts must name one', async () => {
    clock.set(ARRIVAL);
    await mail.send({ from: PETR.email, subject: 'Вопрос по настройке', text: 'Как настроить журнал?', messageId: messageId() });
    const [reply] = await autoRepliesTo(PETR.email);
    expect(reply!.body).toContain('1. номер лицензии');
    expect(reply!.body).toContain('у организации «ПАО Бета» несколько договоров технической поддержки');
    expect(reply!.body).not.toContain('ФИО контактного лица');
    expect(reply!.body).not.toContain('наименование организации');

    const id = messageId();
    await mail.send({ from: PETR.email, subject: 'Вопрос по настройке', text: 'Как настроить журнал? Лицензия DL-EXT-0001.', messageId: id });
    const ticket = await read(await ticketOf(id));
    expect(ticket).toMatchObject({ supportLevel: 'EXTENDED', organization: { name: 'ПАО Бета' } });
  });

  it('ID-2: an expired contract is registered as REJECTED SUPPORT_EXPIRED and the customer told why', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({
      from: 'gamma@gamma.example',
      subject: 'Не работает',
      text: 'Номер лицензии: DL-EXPIRED-0001\nОрганизация: ООО Гамма\nФИО: Гаммов Г.Г.\nДолжность: ИТ-специалист\nТелефон: +7 343 000-00-03',
      messageId: id,
    });
    const ticket = await em().findOneOrFail(Ticket, await ticketOf(id));
    expect(ticket).toMatchObject({ status: 'REJECTED', rejectionReason: 'SUPPORT_EXPIRED', channel: 'EMAIL' });
    const [notice] = await em().find(OutboxMessage, { ticket: ticket.id });
    expect(notice).toMatchObject({ kind: 'REJECTED', recipient: 'gamma@gamma.example' });
  });

  it('threading: a reply with [SD-…] in the subject or our Message-ID lands on its ticket as the customer answer', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({ from: ANNA.email, subject: 'Журнал переполнен', text: 'Журнал событий переполняется за час.', messageId: id });
    const ticketId = String(await ticketOf(id));
    const { number } = await read(ticketId);
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: ticketId }, agent);
    await t.gql(
      `mutation($id: ID!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: "Какой размер журнала задан?") { status } }`,
      { id: ticketId },
      agent,
    );

    await mail.send({
      from: ANNA.email,
      subject: `RE: [${number}] Ответ службы поддержки: Журнал переполнен`,
      text: 'Размер журнала 10 МБ.\n\nОт: helpdesk@confident.ru\n> Какой размер журнала задан?',
      messageId: messageId(),
      attachments: [{ filename: 'settings.txt', content: 'max-size=10MB' }],
    });
    let ticket = await read(ticketId);
    expect(ticket.status).toBe('IN_PROGRESS');
    expect(ticket.messages.map((m: { kind: string; body: string }) => [m.kind, m.body])).toEqual([
      ['CLARIFYING_QUESTION', 'Какой размер журнала задан?'],
      ['CUSTOMER_REPLY', 'Размер журнала 10 МБ.'],
    ]);
    expect(ticket.messages[1].authorName).toBe(ANNA.fullName);
    const kinds = (await em().find(OutboxMessage, { ticket: Number(ticketId) })).map((m) => m.kind);
    expect(kinds).toContain('ANSWER_RECEIVED');
    const [file] = await em().find(TicketFile, { ticket: Number(ticketId) }, { populate: ['message'] });
    expect(file).toMatchObject({ fileName: 'settings.txt' });
    expect(file!.message?.getEntity().kind).toBe('CUSTOMER_REPLY');

    // A client that rewrote the subject still threads by In-Reply-To (our outbox Message-ID format).
    await mail.send({
      from: ANNA.email,
      subject: 'Ещё вопрос',
      inReplyTo: `<outbox-999.${number}@desk.local>`,
      text: 'И ещё: журнал не очищается.',
      messageId: messageId(),
    });
    ticket = await read(ticketId);
    expect(ticket.messages.at(-1)).toMatchObject({ kind: 'CUSTOMER_REPLY', body: 'И ещё: журнал не очищается.' });
  });

  it('threading: a sender outside the ticket organization is not added to it', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({ from: ANNA.email, subject: 'Чужая заявка', text: 'Текст', messageId: id });
    const ticketId = await ticketOf(id);
    const { number } = await read(ticketId);
    const foreign = messageId();
    await mail.send({ from: PETR.email, subject: `Re: [${number}] Чужая заявка`, text: 'Добавьте меня', messageId: foreign });
    expect((await read(ticketId)).messages).toEqual([]);
    expect((await inbound(foreign)).status).toBe(InboundMailStatus.UNIDENTIFIED);
    const replies = await autoRepliesTo(PETR.email);
    expect(replies.at(-1)!.body).toContain(`к заявке ${number}`);
  });

  it('TKT-4: a reply to a CLOSED ticket opens a new EMAIL ticket linked to it; the closed one stays closed', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({ from: ANNA.email, subject: 'Сбой после обновления', text: 'АРМ зависает.', messageId: id });
    const closedId = String(await ticketOf(id));
    const { number } = await read(closedId);
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: closedId }, agent);
    await t.gql(`mutation($id: ID!) { closeTicket(ticketId: $id, input: { resolution: SOLVED, note: "Переустановите" }) { status } }`, { id: closedId }, agent);

    clock.set(new Date(ARRIVAL.getTime() + 3600_000));
    const reply = messageId();
    await mail.send({
      from: ANNA.email,
      subject: `Re: [${number}] Заявка закрыта: Сбой после обновления`,
      text: 'Проблема вернулась после перезагрузки.',
      messageId: reply,
      attachments: [{ filename: 'dump.txt', content: 'stack' }],
    });
    const linkedId = await ticketOf(reply);
    expect(String(linkedId)).not.toBe(closedId);
    const linked = await read(linkedId);
    expect(linked).toMatchObject({ status: 'NEW', channel: 'EMAIL', continues: { id: closedId, number }, description: 'Проблема вернулась после перезагрузки.' });
    expect(new Date(linked.receivedAt).getTime()).toBe(ARRIVAL.getTime() + 3600_000);
    expect(linked.timeline.find((e: { kind: string }) => e.kind === 'CREATED').summary).toContain('from EMAIL');
    expect((await read(closedId)).status).toBe('CLOSED');
    expect((await inbound(reply)).status).toBe(InboundMailStatus.CONTINUED);
    expect((await em().find(TicketFile, { ticket: linkedId })).map((f) => f.fileName)).toEqual(['dump.txt']);
  });

  it('TKT-10: attachments become ticket files in the file store, with their SHA-256', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    const log = Buffer.from('2026-03-11 09:59:01 ERROR service stopped\n'.repeat(100));
    const image = Buffer.alloc(4096, 7);
    await mail.send({
      from: ANNA.email,
      subject: 'Логи',
      text: 'Прикладываю журнал и снимок экрана.',
      messageId: id,
      attachments: [
        { filename: 'service.log', content: log, contentType: 'text/plain' },
        { filename: 'Снимок экрана.png', content: image, contentType: 'image/png' },
      ],
    });
    const files = await em().find(TicketFile, { ticket: await ticketOf(id) }, { orderBy: { id: 'asc' } });
    expect(files.map((f) => [f.fileName, f.contentType, Number(f.size)])).toEqual([
      ['service.log', 'text/plain', log.length],
      ['Снимок экрана.png', 'image/png', image.length],
    ]);
    for (const [file, content] of [[files[0]!, log], [files[1]!, image]] as const) {
      expect(file.sha256).toBe(createHash('sha256').update(content).digest('hex'));
      expect(readFileSync(join(mail.filesDir, ...file.storageKey.split('/')))).toEqual(content);
    }
  });

  it('limits: a message over the size limit or with too many attachments is bounced with 552 and a reason', async () => {
    const small = await startTestEmailIntake(t, { inboundMailMaxBytes: 64 * 1024, inboundMailMaxAttachments: 2, inboundMailMaxRecipients: 2 });
    try {
      const big = small.send({
        from: ANNA.email,
        subject: 'Дамп',
        text: 'Дамп памяти во вложении',
        attachments: [{ filename: 'memory.dmp', content: Buffer.alloc(200 * 1024, 1) }],
      });
      await expect(big).rejects.toMatchObject({ responseCode: 552 });
      await expect(big).rejects.toThrow(/Message too big \(\d+ KB\): the size limit is 64 KB/);

      const many = small.send({
        from: ANNA.email,
        subject: 'Файлы',
        text: 'Три файла',
        attachments: ['a.txt', 'b.txt', 'c.txt'].map((filename) => ({ filename, content: filename })),
      });
      await expect(many).rejects.toMatchObject({ responseCode: 552 });
      await expect(many).rejects.toThrow(/Too many attachments: 3, the limit is 2/);
      expect(await em().count(InboundMail, { subject: { $in: ['Дамп', 'Файлы'] } })).toBe(0);

      // Past the recipient limit the extra address is refused (452) and the rest delivered.
      const spread = await small.send({
        from: ANNA.email,
        to: ['helpdesk@confident.ru', 'support@confident.ru', 'sales@confident.ru'],
        subject: 'Три адреса',
        text: 'Письмо на несколько адресов.',
        messageId: messageId(),
      });
      expect(spread.accepted).toEqual(['helpdesk@confident.ru', 'support@confident.ru']);
      expect(spread.rejected).toEqual(['sales@confident.ru']);
      // nodemailer reports why, beyond its typings.
      expect((spread as typeof spread & { rejectedErrors?: { responseCode: number }[] }).rejectedErrors?.[0]).toMatchObject({ responseCode: 452 });
    } finally {
      await small.close();
    }
  });

  it('a redelivered message (same Message-ID) is registered once', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    const message = { from: ANNA.email, subject: 'Повторная доставка', text: 'Одно и то же письмо.', messageId: id };
    const first = await mail.send(message);
    const second = await mail.send(message);
    expect(first.response).toMatch(/registered as SD-\d{6}/);
    expect(second.response).toMatch(/already received/);
    expect(await em().count(Ticket, { subject: 'Повторная доставка' })).toBe(1);
    expect(await em().count(InboundMail, { messageId: id })).toBe(1);
  });

  it('a failure before registration answers 451; the redelivery registers the message once', async () => {
    clock.set(ARRIVAL);
    const spy = vi.spyOn(t.app.services.calendar, 'current').mockRejectedValueOnce(new Error('database unreachable'));
    const message = { from: ANNA.email, subject: 'Сбой при записи', text: 'Текст', messageId: messageId() };
    try {
      await expect(mail.send(message)).rejects.toMatchObject({ responseCode: 451 });
    } finally {
      spy.mockRestore();
    }
    const failed = await inbound(message.messageId);
    expect(failed.status).toBe(InboundMailStatus.FAILED);
    expect(failed.raw).not.toBeNull();

    clock.set(new Date(ARRIVAL.getTime() + 10 * 60_000));
    expect((await mail.send(message)).response).toMatch(/registered as SD-\d{6}/);
    expect((await mail.send(message)).response).toMatch(/already received/);
    const tickets = await em().find(Ticket, { subject: 'Сбой при записи' });
    expect(tickets).toHaveLength(1);
    // The SLA clock started at the first delivery that reached us.
    expect(tickets[0]!.receivedAt.getTime()).toBe(ARRIVAL.getTime());
  });

  it('automatic mail (out-of-office, bounces) is kept but never answered and never a ticket', async () => {
    clock.set(ARRIVAL);
    const id = messageId();
    await mail.send({
      from: 'robot@nowhere.example',
      subject: 'Автоответ: Обращение получено',
      text: 'Я в отпуске до понедельника.',
      headers: { 'Auto-Submitted': 'auto-replied' },
      messageId: id,
    });
    const kept = await inbound(id);
    expect(kept.status).toBe(InboundMailStatus.IGNORED);
    expect(kept.raw).not.toBeNull();
    expect(await autoRepliesTo('robot@nowhere.example')).toEqual([]);

    // Our own notifications coming back (a forwarding rule, a misrouted copy) never start a loop either.
    const loop = messageId();
    await mail.send({ from: 'helpdesk@confident.ru', subject: 'Обращение получено', text: 'Ваше обращение…', messageId: loop });
    expect((await inbound(loop)).status).toBe(InboundMailStatus.IGNORED);
    expect(await autoRepliesTo('helpdesk@confident.ru')).toEqual([]);
  });
});
