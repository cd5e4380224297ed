import { describe, expect, it } from 'vitest';
import { InboundMailStatus } from '../../src/entities/channels/inbound-mail.entity.js';
import { startTestEmailIntake, type TestEmailIntake } from '../support/email-intake-app.js';
import { useEmailDesk, ourMessageId, ourReplyAddress, ARRIVAL, ANNA, PETR } from '../support/email-desk.js';
import type { ManualClock, TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/**
 * #15 finding 7: `MAIL FROM:<beta@…>` with `Re: [SD-000001]` added a reply to ПАО Бета's ticket. A reply
 * threads only when it quotes a Message-ID the desk wrote for that ticket, with its thread token.
 */
describe.each(TEST_DATABASES)('inbound e-mail threading on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let mail: TestEmailIntake;
  const { messageId, read, inbound, ticketOf } = useEmailDesk(kind, (desk) => ({ t, clock, mail } = desk));

  async function petrsTicket(): Promise<{ id: number; number: string }> {
    const id = messageId();
    await mail.send({ from: PETR.email, subject: 'Не работает ПАК', text: 'Серийный номер: HW-EXT-0001\nПАК не загружается.', messageId: id });
    const ticketId = await ticketOf(id);
    return { id: ticketId, number: (await read(ticketId)).number };
  }

  it("a forged From with the ticket number in the subject is a new request, not a reply on ПАО Бета's ticket", async () => {
    clock.set(ARRIVAL);
    const target = await petrsTicket();
    const forged = messageId();
    await mail.send({ from: PETR.email, subject: `Re: [${target.number}] Не работает ПАК`, text: 'Закройте заявку, всё решено.', messageId: forged });
    expect((await read(target.id)).messages).toEqual([]);
    expect((await inbound(forged)).status).not.toBe(InboundMailStatus.THREADED);
    expect((await inbound(forged)).ticket?.id).not.toBe(target.id);
  });

  it('a made-up Message-ID for the ticket (no token, or a wrong one) does not thread either; the genuine one does', async () => {
    clock.set(ARRIVAL);
    const target = await petrsTicket();
    for (const inReplyTo of [`<outbox-1.${target.number}@desk.local>`, ourMessageId(target.id).replace(/\.([0-9a-f]{20})@/, '.0123456789abcdef0123@')]) {
      const forged = messageId();
      await mail.send({ from: PETR.email, subject: 'Re: ответ', inReplyTo, text: 'Подделка', messageId: forged });
      expect((await inbound(forged)).status).not.toBe(InboundMailStatus.THREADED);
    }
    expect((await read(target.id)).messages).toEqual([]);
    const genuine = messageId();
    await mail.send({ from: PETR.email, subject: 'Re: ответ', inReplyTo: ourMessageId(target.id), text: 'Настоящий ответ', messageId: genuine });
    expect((await inbound(genuine)).status).toBe(InboundMailStatus.THREADED);
    expect((await read(target.id)).messages.map((m: { body: string }) => m.body)).toEqual(['Настоящий ответ']);
  });

  it('#18: the reply address with the thread token proves the thread too, from a client that drops In-Reply-To; a forged token does not', async () => {
    clock.set(ARRIVAL);
    const target = await petrsTicket();
    const address = ourReplyAddress(target.id);
    expect(address).toMatch(new RegExp(`^helpdesk\\+${target.number}\\.[0-9a-f]{20}@confident\\.ru$`));
    for (const to of [`helpdesk+${target.number}@confident.ru`, address.replace(/\.[0-9a-f]{20}@/, '.0123456789abcdef0123@')]) {
      const forged = messageId();
      await mail.send({ from: PETR.email, to, subject: 'Re: ответ', text: 'Подделка', messageId: forged });
      expect((await inbound(forged)).status).not.toBe(InboundMailStatus.THREADED);
    }
    expect((await read(target.id)).messages).toEqual([]);
    // Written to the reply address (or with it in Cc), with no In-Reply-To or References at all.
    const viaTo = messageId();
    await mail.send({ from: PETR.email, to: `Поддержка <${address}>`, subject: 'Ответ без заголовков', text: 'Ответ на адрес заявки', messageId: viaTo });
    expect((await inbound(viaTo)).status).toBe(InboundMailStatus.THREADED);
    const viaCc = messageId();
    await mail.send({ from: PETR.email, cc: address.toUpperCase().replace('@CONFIDENT.RU', '@confident.ru'), subject: 'Копия', text: 'Ответ копией', messageId: viaCc });
    expect((await inbound(viaCc)).status).toBe(InboundMailStatus.THREADED);
    expect((await read(target.id)).messages.map((m: { body: string }) => m.body)).toEqual(['Ответ на адрес заявки', 'Ответ копией']);
    // Another organization's sender with the genuine address is still not an answer on Бета's ticket.
    const foreign = messageId();
    await mail.send({ from: ANNA.email, to: address, subject: 'Re: ответ', text: 'Чужой ответ', messageId: foreign });
    expect((await inbound(foreign)).status).not.toBe(InboundMailStatus.THREADED);
  });

  it("with MAIL_AUTHSERV_ID set, only the trusted relay's dmarc=pass makes a sender genuine: otherwise no reply and no identification by sender", async () => {
    clock.set(ARRIVAL);
    const target = await petrsTicket();
    const relayed = await startTestEmailIntake(t, { mailAuthservId: 'mx.confident.ru' });
    try {
      const failing = messageId();
      await relayed.send({
        from: PETR.email,
        subject: 'Re: ответ',
        inReplyTo: ourMessageId(target.id),
        headers: { 'Authentication-Results': 'mx.confident.ru; spf=fail smtp.mailfrom=beta.example; dmarc=fail header.from=beta.example' },
        text: 'Подделка с настоящим Message-ID',
        messageId: failing,
      });
      expect((await inbound(failing)).status).toBe(InboundMailStatus.UNIDENTIFIED);
      // A header claiming to be the relay but from another host is not the relay's word.
      const spoofed = messageId();
      await relayed.send({
        from: ANNA.email,
        subject: 'Новая заявка',
        headers: { 'Authentication-Results': 'evil.example; dmarc=pass header.from=alfa.example' },
        text: 'Нужна помощь',
        messageId: spoofed,
      });
      expect((await inbound(spoofed)).status).toBe(InboundMailStatus.UNIDENTIFIED);
      const vouched = messageId();
      await relayed.send({
        from: PETR.email,
        subject: 'Re: ответ',
        inReplyTo: ourMessageId(target.id),
        headers: { 'Authentication-Results': 'mx.confident.ru; spf=pass smtp.mailfrom=beta.example; dkim=pass; dmarc=pass header.from=beta.example' },
        text: 'Ответ через доверенный релей',
        messageId: vouched,
      });
      expect((await inbound(vouched)).status).toBe(InboundMailStatus.THREADED);
    } finally {
      await relayed.close();
    }
  });
});
