import { describe, expect, it } from 'vitest';
import { Contact } from '../../src/entities/organizations/contact.entity.js';
import { InboundMailStatus } from '../../src/entities/channels/inbound-mail.entity.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { RefusedRequest } from '../../src/entities/tickets/refused-request.entity.js';
import { TicketFile } from '../../src/entities/files/ticket-file.entity.js';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { msk } from '../support/time.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { useEmailDesk, ARRIVAL, ANNA, PETR } from '../support/email-desk.js';
import type { ManualClock } from '../support/test-app.js';
import type { TestEmailIntake } from '../support/email-intake-app.js';

describe.each(TEST_DATABASES)('inbound e-mail on %s: identification (ID-1, ID-2)', (kind) => {
  let clock: ManualClock;
  let mail: TestEmailIntake;
  const { messageId, em, read, inbound, ticketOf, autoRepliesTo } = useEmailDesk(kind, (desk) => ({ clock, mail } = desk));

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
});
