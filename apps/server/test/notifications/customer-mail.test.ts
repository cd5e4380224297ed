import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Role } from '../../src/entities/auth/role.enum.js';
import { Locale, NotificationKind } from '../../src/entities/notifications/notification.enums.js';
import { MessageKind, RejectionReason, Resolution } from '../../src/entities/tickets/ticket.enums.js';
import { invitationMail, passwordResetMail } from '../../src/modules/accounts/account-mail.js';
import { renderIdentificationReply } from '../../src/modules/channels/email/identification-reply.js';
import { renderNotification, type TicketFacts } from '../../src/modules/notifications/notification-templates.js';
import type { RenderedMail } from '../../src/modules/notifications/index.js';
import type { CustomerNoticeKind } from '../../src/modules/tickets/index.js';
import { parseHtml } from '../support/mail-html.js';

/** Every kind of customer notice: the compiler insists the list is complete. */
const KINDS = Object.keys({
  RECEIVED: 1,
  WORK_STARTED: 1,
  REJECTED: 1,
  AGENT_MESSAGE: 1,
  ANSWER_RECEIVED: 1,
  CLOSED: 1,
  AUTO_CLOSED: 1,
  EXPECTED_RESOLUTION: 1,
  MATERIAL_REQUESTED: 1,
  FORWARDED_TO_SALES: 1,
  MERGED: 1,
} satisfies Record<CustomerNoticeKind, 1>) as CustomerNoticeKind[];

const HOSTILE_SUBJECT = `Сбой <script>alert("x")</script> & 'кавычки' "двойные"`;
const HOSTILE_BODY = 'Попробуйте <b>так</b> & "так"\n<img src=x onerror=alert(1)> вторая строка';
const PORTAL = 'https://support.example.ru/portal/tickets/42';

const FACTS: TicketFacts = {
  number: 'SD-000042',
  subject: HOSTILE_SUBJECT,
  contactName: 'Анна <Admin> Петрова',
  responseDueAt: new Date('2026-12-07T09:30:00Z'), // 12:30 in Moscow
  rejectionReason: RejectionReason.UNSUPPORTED_OS,
  rejectionNote: `Примечание <iframe src="https://evil.example"></iframe>`,
  resolution: Resolution.THIRD_PARTY,
  resolutionNote: 'Решено <a href="javascript:alert(1)">тут</a>',
  thirdPartyVendor: 'Vendor <svg onload=alert(1)>',
  expectedResolutionAt: new Date('2026-12-10T12:00:00Z'),
  messageKind: MessageKind.CLARIFYING_QUESTION,
  messageBody: HOSTILE_BODY,
  autoCloseAt: new Date('2026-12-21T15:00:00Z'),
  portalUrl: PORTAL,
  ratingUrl: `${PORTAL}?rate=1`,
  agentName: 'Иван <i>Сидоров</i>',
  materials: [
    { kind: 'LOGS', details: 'Журнал <b>службы</b> за 7 дней', reason: 'Найти <script>сбой</script>' },
    { kind: 'EQUIPMENT', details: 'Плата <i>ПАК</i> с блоком питания', reason: 'Диагностика на стенде' },
  ],
  shippingDetails: 'Москва, ул. <b>Примерная</b>, 1',
  salesEmail: 'isc@confident.ru',
  survivorNumber: 'SD-000041',
};

/** During development: MAIL_SAMPLES_DIR=/tmp/mail keeps each rendered mail to look at (and screenshot). */
function keepSample(name: string, mail: RenderedMail): void {
  const dir = process.env.MAIL_SAMPLES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.html`), mail.html);
  writeFileSync(join(dir, `${name}.txt`), `Subject: ${mail.subject}\n\n${mail.text}`);
}

/** No user text became markup: only the layout's own elements are in the document, and every link is ours and absolute. */
function expectOnlyLayoutMarkup(mail: RenderedMail, expectedLinks: string[]): ReturnType<typeof parseHtml> {
  const html = parseHtml(mail.html);
  for (const injected of ['script', 'img', 'iframe', 'svg', 'b', 'i']) expect(html.elements.has(injected), injected).toBe(false);
  expect([...html.attributes].filter((name) => name.startsWith('on'))).toEqual([]);
  expect(mail.html).not.toMatch(/<(script|img|iframe|svg)\b/i);
  for (const link of html.links) expect(new URL(link).protocol).toBe('https:');
  expect([...new Set(html.links)].sort()).toEqual([...expectedLinks].sort());
  return html;
}

describe.each([Locale.RU, Locale.EN])('customer notifications in %s (#18, LVL-5)', (locale) => {
  it.each(KINDS)('%s: subject with the ticket number, escaped user text, the portal link and the same facts in both parts', (kind) => {
    const mail = renderNotification(kind, FACTS, locale);
    keepSample(`${kind}-${locale}`, mail);

    // The subject keeps the [SD-…] form replies and tests rely on; it is a header, not HTML.
    expect(mail.subject.startsWith('[SD-000042] ')).toBe(true);
    expect(mail.subject.endsWith(HOSTILE_SUBJECT)).toBe(true);

    const closing = kind === 'CLOSED' || kind === 'AUTO_CLOSED';
    const links = closing ? [PORTAL, `${PORTAL}?rate=1`] : [PORTAL];
    const html = expectOnlyLayoutMarkup(mail, links);
    expect(html.lang).toBe(locale);
    // The user's words are there as text, exactly as written.
    expect(html.text).toContain(HOSTILE_SUBJECT);
    expect(html.text).toContain('Анна <Admin> Петрова');
    expect(html.text).toContain('Иван <i>Сидоров</i>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;кавычки&#x27;');

    // The text part carries the same facts, links written out.
    for (const fact of ['SD-000042', HOSTILE_SUBJECT, 'Иван <i>Сидоров</i>', PORTAL, ...links]) {
      expect(mail.text).toContain(fact);
      expect(html.text).toContain(fact);
    }
    if (kind === 'RECEIVED' || kind === 'WORK_STARTED') {
      // The response deadline in Moscow time (UTC+3).
      expect(mail.text).toContain('2026-12-07 12:30');
      expect(html.text).toContain('2026-12-07 12:30');
    }
    if (kind === 'AGENT_MESSAGE') {
      for (const line of HOSTILE_BODY.split('\n')) {
        expect(mail.text).toContain(line);
        expect(html.text).toContain(line);
      }
      expect(mail.text).toContain('2026-12-21 18:00');
    }
    if (kind === 'EXPECTED_RESOLUTION') expect(mail.text).toContain('2026-12-10 15:00');
    if (kind === 'MATERIAL_REQUESTED') {
      // #19: what exactly and why for each item, how to upload files, where to ship equipment, the TKT-3 deadline.
      for (const fact of ['Журнал <b>службы</b> за 7 дней', 'Найти <script>сбой</script>', 'Плата <i>ПАК</i> с блоком питания', 'Москва, ул. <b>Примерная</b>, 1', '2026-12-21 18:00']) {
        expect(mail.text).toContain(fact);
        expect(html.text).toContain(fact);
      }
      expect(mail.text).toContain(locale === Locale.RU ? 'Журналы (логи)' : 'Logs');
    }
    if (kind === 'CLOSED') {
      expect(html.text).toContain('Vendor <svg onload=alert(1)>');
      expect(html.text).toContain('Решено <a href="javascript:alert(1)">тут</a>');
    }
    if (kind === 'REJECTED') expect(html.text).toContain('<iframe src="https://evil.example"></iframe>');
    // #19: who answers a commercial question; which ticket a duplicate joined.
    if (kind === 'FORWARDED_TO_SALES') expect(mail.text).toContain('isc@confident.ru');
    if (kind === 'MERGED') expect(mail.text).toContain('SD-000041');
  });

  it('says who is greeted in the language of the contact', () => {
    const mail = renderNotification(NotificationKind.RECEIVED, FACTS, locale);
    expect(mail.text.split('\n')[0]).toBe(locale === Locale.RU ? 'Здравствуйте, Анна <Admin> Петрова!' : 'Hello Анна <Admin> Петрова,');
    expect(mail.text).toContain(locale === Locale.RU ? '(МСК)' : '(Moscow time)');
  });
});

describe.each([Locale.RU, Locale.EN])('account mails in %s (#12, #18)', (locale) => {
  const link = 'https://support.example.ru/set-password?token=inv_abc%26def';
  const expiresAt = new Date('2026-12-10T07:00:00Z');

  it.each([
    ['invitation', () => invitationMail('Олег <b>Смирнов</b>', Role.CUSTOMER, 'ООО «Альфа & Ко»', link, expiresAt, locale)],
    ['password-reset', () => passwordResetMail('Олег <b>Смирнов</b>', link, expiresAt, locale)],
  ] as const)('%s: the one-time link, its expiry in Moscow time, the name as text', (name, render) => {
    const mail = render();
    keepSample(`${name}-${locale}`, mail);
    const html = expectOnlyLayoutMarkup(mail, [link]);
    expect(html.lang).toBe(locale);
    expect(html.text).toContain('Олег <b>Смирнов</b>');
    for (const part of [mail.text, html.text]) {
      expect(part).toContain(link);
      expect(part).toContain('2026-12-10 10:00');
    }
    if (name === 'invitation') expect(html.text).toContain('ООО «Альфа & Ко»');
    expect(mail.text).toMatch(/set-password\?token=inv_abc%26def(\s|$)/);
  });
});

describe('the identification auto-reply (ID-1, #18)', () => {
  it('lists what is missing and the lines to add, with the subject as text, in both parts', () => {
    const mail = renderIdentificationReply({
      subject: HOSTILE_SUBJECT,
      receivedAt: new Date('2026-12-07T07:15:00Z'),
      inboundMailId: 17,
      missing: ['identifier', 'phone'],
      problems: ['организация «<b>Альфа</b>» не найдена'],
    });
    keepSample('identification-ru', mail);
    const html = expectOnlyLayoutMarkup(mail, []);
    for (const part of [mail.text, html.text]) {
      for (const fact of [HOSTILE_SUBJECT, '2026-12-07 10:15', 'В-17', 'организация «<b>Альфа</b>» не найдена']) expect(part).toContain(fact);
    }
  });
});
