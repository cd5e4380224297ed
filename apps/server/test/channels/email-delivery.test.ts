import { describe, expect, it, vi } from 'vitest';
import { InboundMail, InboundMailStatus } from '../../src/entities/channels/inbound-mail.entity.js';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { useEmailDesk, ARRIVAL, ANNA } from '../support/email-desk.js';
import type { ManualClock, TestApp } from '../support/test-app.js';
import { startTestEmailIntake, type TestEmailIntake } from '../support/email-intake-app.js';

describe.each(TEST_DATABASES)('inbound e-mail on %s: limits, redelivery, automatic mail', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let mail: TestEmailIntake;
  const { messageId, em, inbound, autoRepliesTo } = useEmailDesk(kind, (desk) => ({ t, clock, mail } = desk));

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
