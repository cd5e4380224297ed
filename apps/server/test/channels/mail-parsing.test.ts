import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { Criticality } from '../../src/entities/sla/sla.enums.js';
import { phoneKey, samePhone } from '../../src/modules/channels/customer-identity.js';
import { identifierCandidates, parseIdentificationFields } from '../../src/modules/channels/email/identification-fields.js';
import { criticalityOf } from '../../src/modules/channels/email/mail-identification.js';
import { answeredOutboxIds, ticketReferenceOf } from '../../src/modules/channels/email/mail-reference.js';
import { ThreadTokens } from '../../src/common/thread-token.js';
import { ourMessageId, THREAD_TOKENS } from '../support/email-desk.js';
import { cleanSubject, stripQuotedReply } from '../../src/modules/channels/email/reply-text.js';
import { ShippedFaqAnswerSource } from '../../src/modules/channels/telegram/faq-answer-source.js';

describe('ID-1: identification lines in a message', () => {
  it('reads the Russian labels of appendix 1', () => {
    const fields = parseIdentificationFields(
      [
        'Добрый день!',
        'Номер лицензии (указан в формуляре): DL-BASIC-0001',
        'Наименование организации: «АО Альфа»',
        'ФИО: Иванов Иван Иванович',
        'Должность — инженер',
        'Тел.: +7 812 000-00-01',
        'Версия продукта: 8.0',
        'Номер сборки: 8.0.565',
        'Версия ОС: Windows 10 x64',
        'Критичность: критический',
      ].join('\n'),
    );
    expect(fields).toEqual({
      identifier: 'DL-BASIC-0001',
      organizationName: 'АО Альфа',
      fullName: 'Иванов Иван Иванович',
      position: 'инженер',
      phone: '+7 812 000-00-01',
      productVersion: '8.0',
      buildNumber: '8.0.565',
      osVersion: 'Windows 10 x64',
      criticality: 'критический',
    });
  });

  it('reads the English labels, ignores empty and quoted lines, keeps the first value', () => {
    const fields = parseIdentificationFields(
      ['License number:', 'Serial number: HW-EXT-0001', 'Company: Beta PJSC', 'Full name: Boris Betov', 'Position: engineer', 'Phone: +7 495 000-00-02', '> Phone: +7 000', 'Phone: +7 111'].join('\r\n'),
    );
    expect(fields).toEqual({ identifier: 'HW-EXT-0001', organizationName: 'Beta PJSC', fullName: 'Boris Betov', position: 'engineer', phone: '+7 495 000-00-02' });
  });

  it('finds unlabelled license and serial numbers (words with digits) in the text', () => {
    expect(identifierCandidates('Не активируется лицензия DL-BASIC-0001, ПАК HW-EXT-0001. Ошибка 5.')).toEqual(['DL-BASIC-0001', 'HW-EXT-0001']);
  });

  it('SLA-8: the criticality the customer claims, non-critical unless clearly critical', () => {
    expect(criticalityOf('Критический')).toBe(Criticality.CRITICAL);
    expect(criticalityOf('critical')).toBe(Criticality.CRITICAL);
    expect(criticalityOf('некритичный')).toBe(Criticality.NON_CRITICAL);
    expect(criticalityOf('non-critical')).toBe(Criticality.NON_CRITICAL);
    expect(criticalityOf(undefined)).toBe(Criticality.NON_CRITICAL);
  });
});

describe('threading: which ticket a reply belongs to', () => {
  it('our Message-ID with the ticket\'s thread token, in In-Reply-To or References, names the ticket', () => {
    expect(ticketReferenceOf({ inReplyTo: ourMessageId(123, 17) }, THREAD_TOKENS)).toBe(123);
    expect(ticketReferenceOf({ references: ['<a@client>', ourMessageId(42, 3), '<b@client>'] }, THREAD_TOKENS)).toBe(42);
  });

  it('#15 finding 7: a Message-ID without the token, with another ticket\'s token, or a number in the subject names nothing', () => {
    expect(ticketReferenceOf({ inReplyTo: '<outbox-17.SD-000123@desk.local>' }, THREAD_TOKENS)).toBeNull();
    const other = ourMessageId(124, 17).replace('SD-000124', 'SD-000123');
    expect(ticketReferenceOf({ inReplyTo: other }, THREAD_TOKENS)).toBeNull();
    expect(ticketReferenceOf({ inReplyTo: ourMessageId(123, 17) }, new ThreadTokens('another-deployment-secret-0123456789abcdef'))).toBeNull();
  });

  it('a reply to an automatic reply (no ticket) is recognised by its outbox id', () => {
    expect(answeredOutboxIds({ inReplyTo: '<outbox-9@desk.local>', references: '<x@y> <outbox-9@desk.local>' })).toEqual([9, 9]);
    expect(answeredOutboxIds({ inReplyTo: '<outbox-9.SD-000001@desk.local>' })).toEqual([]);
  });

  it('the reply text without the quoted conversation; subjects without Re:/Fwd:', () => {
    expect(stripQuotedReply('Спасибо, помогло.\n\n12 марта 2026 г., в 10:00, helpdesk@confident.ru написал:\n> Попробуйте…')).toBe('Спасибо, помогло.');
    expect(stripQuotedReply('Ok\n\nOn Wed, Mar 11, 2026 at 10:00 AM Support wrote:\n> text')).toBe('Ok');
    expect(stripQuotedReply('> только цитата')).toBe('> только цитата');
    expect(cleanSubject('RE: Fwd: Ответ: АРМ не загружается')).toBe('АРМ не загружается');
  });

  it('phones compare by their digits: +7 / 8 prefixes, brackets and dashes do not matter', () => {
    expect(phoneKey('+7 (812) 000-00-01')).toBe('8120000001');
    expect(samePhone('8 812 0000001', '78120000001')).toBe(true);
    expect(samePhone('+7 812 000-00-01', '+7 812 000-00-02')).toBe(false);
  });
});

describe('TKT-12: the shipped FAQ', () => {
  const faq = new ShippedFaqAnswerSource();
  const titleOf = async (q: string) => (await faq.answer(q))?.title ?? null;

  it('answers the basic questions about the service', async () => {
    expect(await titleOf('Какое время реакции на критический инцидент?')).toBe('Время реакции');
    expect(await titleOf('Вы работаете в выходные и праздники?')).toBe('Часы работы поддержки');
    expect(await titleOf('Как создать заявку?')).toBe('Как подать заявку');
    expect(await titleOf('Что нужно указать в заявке?')).toBe('Что указать в заявке');
    expect(await titleOf('Истёк срок поддержки, как продлить?')).toBe('Продление поддержки');
    expect(await titleOf('Как снять отчёт msinfo32?')).toBe('Отчёт msinfo32');
    expect(await titleOf('Как узнать битность ОС?')).toBe('Версия и битность ОС');
    expect(await titleOf('Где узнать срок действия сертификата ФСТЭК?')).toBe('Сертификаты');
    expect(await titleOf('Как передать большой дамп памяти?')).toBe('Передача больших файлов');
    expect(await titleOf('Какой добавочный номер у поддержки?')).toBe('Телефоны поддержки');
    expect(await titleOf('Чем отличается расширенный уровень?')).toBe('Уровни поддержки');
  });

  it('has no answer for what it does not know, so the bot says so', async () => {
    expect(await faq.answer('Как приготовить борщ?')).toBeNull();
    expect(await faq.answer('АРМ не загружается после обновления')).toBeNull();
    expect(await faq.answer('')).toBeNull();
  });
});

describe('config: channel settings', () => {
  const base = { NODE_ENV: 'test' };

  it('both channels are off unless configured', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ smtpInboundPort: null, telegramBotToken: null, telegramWebhookSecret: null, telegramApiRoot: 'https://api.telegram.org' });
    expect(config.inboundMailMaxBytes).toBe(25 * 1024 * 1024);
  });

  it('reads the inbound mail limits and the bot settings', () => {
    const config = loadConfig({
      ...base,
      SMTP_INBOUND_PORT: '2525',
      INBOUND_MAIL_MAX_BYTES: '1048576',
      INBOUND_MAIL_MAX_RECIPIENTS: '3',
      INBOUND_MAIL_MAX_ATTACHMENTS: '4',
      TELEGRAM_BOT_TOKEN: '1:abc',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      TELEGRAM_WEBHOOK_SECRET: 'secret_1',
    });
    expect(config).toMatchObject({
      smtpInboundPort: 2525,
      inboundMailMaxBytes: 1048576,
      inboundMailMaxRecipients: 3,
      inboundMailMaxAttachments: 4,
      telegramBotToken: '1:abc',
      telegramApiRoot: 'http://127.0.0.1:8081',
      telegramWebhookSecret: 'secret_1',
    });
  });

  it('a bot token without a webhook secret (or a malformed secret) is a configuration error', () => {
    expect(() => loadConfig({ ...base, TELEGRAM_BOT_TOKEN: '1:abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, TELEGRAM_BOT_TOKEN: '1:abc', TELEGRAM_WEBHOOK_SECRET: 'has spaces' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ...base, SMTP_INBOUND_PORT: 'smtp' })).toThrow(/SMTP_INBOUND_PORT/);
  });
});
