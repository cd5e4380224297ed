import { ThreadTokens } from '../../src/common/thread-token.js';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MailDeliveryError } from '../../src/infra/mail/mailer.js';
import { SmtpMailer } from '../../src/infra/mail/smtp-mailer.js';
import { backoffMs, createOutboxDispatcher, outboxMessageId } from '../../src/modules/notifications/outbox-dispatcher.js';
import { recordingLogger } from '../support/outbox-helpers.js';
import { refuseFirst, startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';

const MAIL = {
  from: 'Техническая поддержка <helpdesk@confident.ru>',
  to: 'anna@alfa.example',
  subject: '[SD-000042] Обращение получено: Не запускается АРМ',
  text: 'Здравствуйте, Анна!\n\nВаше обращение получено.',
  messageId: '<outbox-7.SD-000042@desk.local>',
};

describe('SMTP mailer (nodemailer, pooled) against a real SMTP server', () => {
  const closing: (() => unknown)[] = [];
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
  });
  async function sink(...args: Parameters<typeof startSmtpSink>): Promise<SmtpSink> {
    const started = await startSmtpSink(...args);
    closing.push(() => started.close());
    return started;
  }
  function mailer(url: string): SmtpMailer {
    const created = new SmtpMailer(url);
    closing.push(() => created.close());
    return created;
  }

  it('sends a plain-text Russian mail with the given Message-ID, threading headers and Auto-Submitted', async () => {
    const server = await sink();
    const receipt = await mailer(server.url).send({
      ...MAIL,
      inReplyTo: '<outbox-1.SD-000042@desk.local>',
      references: ['<outbox-1.SD-000042@desk.local>'],
    });
    // SLA-3: the server's reply to DATA is kept as the proof of receipt.
    expect(receipt).toEqual({ accepted: true, response: expect.stringMatching(/^250 /) });
    const [mail] = await server.waitForMails(1);
    expect(mail).toMatchObject({ envelopeTo: [MAIL.to], envelopeFrom: 'helpdesk@confident.ru', messageId: MAIL.messageId, subject: MAIL.subject });
    expect(mail!.text.trim()).toBe(MAIL.text);
    expect(mail!.parsed.inReplyTo).toBe('<outbox-1.SD-000042@desk.local>');
    expect(mail!.parsed.references).toBe('<outbox-1.SD-000042@desk.local>');
    expect(mail!.parsed.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('logs in with the credentials in SMTP_URL and never shows them in its server name', async () => {
    const server = await sink(undefined, { credentials: { user: 'desk@confident.ru', pass: 'p@ss:word' } });
    const url = `smtp://${encodeURIComponent('desk@confident.ru')}:${encodeURIComponent('p@ss:word')}@127.0.0.1:${server.port}`;
    const withLogin = mailer(url);
    expect(withLogin.server).toBe(`smtp://127.0.0.1:${server.port}`);
    await withLogin.send(MAIL);
    expect((await server.waitForMails(1))[0]!.user).toBe('desk@confident.ru');

    const wrong = mailer(`smtp://desk:wrong@127.0.0.1:${server.port}`);
    const error = await wrong.send(MAIL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailDeliveryError);
    expect((error as MailDeliveryError).permanent).toBe(false); // our configuration: fixable, worth retrying
    expect((error as Error).message).toMatch(/did not accept our login \(check the credentials in SMTP_URL\) at AUTH \w+: 535 /);
    expect((error as Error).message).not.toContain('wrong');
  });

  it('says why a mail was not taken: temporary and permanent refusals, an unreachable server', async () => {
    const server = await sink(refuseFirst(1, 452, 'DATA', 'Insufficient system storage'));
    const smtp = mailer(server.url);
    const temporary = (await smtp.send(MAIL).catch((e: unknown) => e)) as MailDeliveryError;
    expect(temporary).toBeInstanceOf(MailDeliveryError);
    expect(temporary).toMatchObject({ permanent: false, responseCode: 452 });
    expect(temporary.message).toBe(`${server.url} temporarily refused the message at DATA: 452 Insufficient system storage`);
    await expect(smtp.send(MAIL)).resolves.toMatchObject({ accepted: true });

    server.refuse(refuseFirst(1, 550, 'RCPT', 'Mailbox unavailable'));
    const permanent = (await smtp.send({ ...MAIL, to: 'nobody@alfa.example' }).catch((e: unknown) => e)) as MailDeliveryError;
    expect(permanent).toMatchObject({ permanent: true, responseCode: 550 });
    expect(permanent.message).toContain('refused the message at RCPT TO: 550 Mailbox unavailable');

    const gone = await startSmtpSink();
    await gone.close();
    const unreachable = (await mailer(gone.url).send(MAIL).catch((e: unknown) => e)) as MailDeliveryError;
    expect(unreachable).toMatchObject({ permanent: false, responseCode: null });
    expect(unreachable.message).toMatch(new RegExp(`^could not talk to ${gone.url.replace(/[/.]/g, '\\$&')}: .*ECONNREFUSED`));
  });

  it('refuses an SMTP_URL it cannot use, naming the problem', () => {
    expect(() => new SmtpMailer('not a url')).toThrow(/SMTP_URL is not a URL/);
    expect(() => new SmtpMailer('http://mail.example.ru')).toThrow(/must start with smtp:\/\/ or smtps:\/\//);
  });
});

describe('outbox dispatcher settings', () => {
  it('backs off 5 s, 10 s, 20 s … up to 30 minutes', () => {
    expect([1, 2, 3, 4, 5].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
    expect(backoffMs(9)).toBe(1_280_000);
    expect(backoffMs(10)).toBe(30 * 60_000);
    expect(backoffMs(100)).toBe(30 * 60_000);
  });

  it("gives every message a stable Message-ID naming the ticket and carrying its thread token (#15 finding 7)", () => {
    const tokens = new ThreadTokens(loadConfig({ NODE_ENV: 'test' }).jwtSecret);
    expect(outboxMessageId(17, 42, tokens)).toBe(`<outbox-17.SD-000042.${tokens.of(42)}@desk.local>`);
    expect(tokens.of(42)).toMatch(/^[0-9a-f]{20}$/);
    expect(outboxMessageId(17, 42, tokens)).toBe(outboxMessageId(17, 42, tokens));
    expect(outboxMessageId(18, null, tokens)).toBe('<outbox-18@desk.local>');
  });

  it('runs no dispatcher without SMTP_URL: notifications wait in the outbox (the dev mailbox)', () => {
    const logger = recordingLogger();
    const deps = { clock: { now: () => new Date() }, logger, tickets: null as never };
    expect(createOutboxDispatcher(null as never, loadConfig({}), deps)).toBeNull();
    const configured = createOutboxDispatcher(null as never, loadConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }), deps);
    expect(configured).not.toBeNull();
    return configured!.stop();
  });
});
