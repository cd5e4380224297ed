import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InboundMailStatus } from '../../src/entities/channels/inbound-mail.entity.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { TicketFile } from '../../src/entities/files/ticket-file.entity.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { useEmailDesk, ourMessageId, ARRIVAL, ANNA, PETR } from '../support/email-desk.js';
import type { ManualClock, TestApp } from '../support/test-app.js';
import type { TestEmailIntake } from '../support/email-intake-app.js';

describe.each(TEST_DATABASES)('inbound e-mail on %s: answers on tickets and attachments', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let mail: TestEmailIntake;
  let agent: string;
  const { messageId, em, read, inbound, ticketOf, autoRepliesTo } = useEmailDesk(kind, (desk) => ({ t, clock, mail, agent } = desk));

  it("threading: a reply quoting our Message-ID (with the ticket's thread token) lands on its ticket as the customer answer", async () => {
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
      inReplyTo: ourMessageId(ticketId, 998),
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
      inReplyTo: ourMessageId(ticketId),
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
    // Quoting a genuine Message-ID (Анна forwarded the thread, say) still does not make Пётр a party to it.
    await mail.send({ from: PETR.email, subject: `Re: [${number}] Чужая заявка`, inReplyTo: ourMessageId(ticketId), text: 'Добавьте меня', messageId: foreign });
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
      references: [id, ourMessageId(closedId)],
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
});
