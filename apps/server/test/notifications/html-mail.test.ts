import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../../src/entities/auth/user.entity.js';
import { Locale } from '../../src/entities/notifications/notification.enums.js';
import { Contact } from '../../src/entities/organizations/contact.entity.js';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { Ticket } from '../../src/entities/tickets/ticket.entity.js';
import { INVITE } from '../support/account-links.js';
import { ADMIN, AGENT1, LEAD } from '../support/demo-data.js';
import { parseHtml } from '../support/mail-html.js';
import { contact, START_WORK } from '../support/outbox-helpers.js';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../support/smtp-sink.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { ourReplyAddress } from '../support/thread-tokens.js';
import { createTicket } from '../support/tickets.js';

const REPLY = 'mutation($id: ID!, $body: String!) { replyToTicket(ticketId: $id, kind: CLARIFYING_QUESTION, body: $body) { id status } }';
const PUBLIC_URL = 'https://support.example.ru';
const BODY = 'Пришлите журнал <script>alert(1)</script> & "конфигурацию"';

describe.each(TEST_DATABASES)('customer e-mail through a real SMTP server (#18) on %s', (kind) => {
  let t: TestApp;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await startTestApp(kind, { env: { SMTP_URL: sink.url, OUTBOX_POLL_INTERVAL_MS: '100', PUBLIC_URL } });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const mailsOf = (number: string): ReceivedMail[] => sink.mails.filter((m) => m.subject.startsWith(`[${number}] `));

  it('LVL-5: multipart/alternative text + HTML, threaded, with the ticket reply address; the language follows the contact', async () => {
    const [lead, agent] = await Promise.all([t.login(LEAD), t.login(AGENT1)]);
    const person = contact();
    const ticket = await createTicket(t, lead, { contact: person, subject: 'Сбой & <b>журнал</b>' });
    await waitFor(() => mailsOf(ticket.number).length >= 1, 10_000, 'the RECEIVED mail');
    // The contact reads English from now on (Contact.locale, edited with updateContact).
    const em = t.app.orm.em.fork();
    const row = await em.findOneOrFail(Ticket, Number(ticket.id), { populate: ['contact'] });
    await em.nativeUpdate(Contact, { id: row.contact.id }, { locale: Locale.EN });
    await t.gql(START_WORK, { id: ticket.id }, agent);
    await waitFor(() => mailsOf(ticket.number).length >= 2, 10_000, 'the WORK_STARTED mail');
    await t.gql(REPLY, { id: ticket.id, body: BODY }, agent);
    await waitFor(() => mailsOf(ticket.number).length >= 3, 10_000, 'the AGENT_MESSAGE mail');

    const [received, started, question] = mailsOf(ticket.number) as [ReceivedMail, ReceivedMail, ReceivedMail];
    const portal = `${PUBLIC_URL}/portal/tickets/${ticket.id}`;
    for (const mail of [received, started, question]) {
      expect(mail.parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
      expect(mail.text).toContain(portal);
      expect(mail.text).toContain(ticket.number);
      const html = parseHtml(String(mail.parsed.html));
      expect(html.links).toContain(portal);
      expect(html.text).toContain('Сбой & <b>журнал</b>');
      expect(html.elements.has('b')).toBe(false);
      expect(mail.parsed.replyTo?.value[0]?.address).toBe(ourReplyAddress(ticket.id));
      expect(mail.messageId).toMatch(new RegExp(`^<outbox-\\d+\\.${ticket.number}\\.[0-9a-f]{20}@desk\\.local>$`));
    }
    expect(received.subject).toBe(`[${ticket.number}] Обращение получено: Сбой & <b>журнал</b>`);
    expect(parseHtml(String(received.parsed.html)).lang).toBe('ru');
    expect(started.subject).toBe(`[${ticket.number}] Ticket registered, work started: Сбой & <b>журнал</b>`);
    expect(parseHtml(String(started.parsed.html)).lang).toBe('en');
    // The agent who took it and who asked is named in both parts.
    const { fullName } = await em.findOneOrFail(User, { email: AGENT1 });
    for (const part of [started.text, question.text, parseHtml(String(question.parsed.html)).text]) expect(part).toContain(fullName);

    // The agent's words arrive as text, never as markup.
    const asked = parseHtml(String(question.parsed.html));
    expect(asked.text).toContain(BODY);
    expect(asked.elements.has('script')).toBe(false);
    expect(question.text).toContain(BODY);
    // Threaded under the ticket's earlier mails, oldest first.
    expect(question.parsed.inReplyTo).toBe(started.messageId);
    expect(question.parsed.references).toEqual([received.messageId, started.messageId]);
  });

  it('#12: an invitation to a contact person who reads English is in English, text + HTML, the set-password link absolute', async () => {
    const em = t.app.orm.em.fork();
    const alfa = await em.findOneOrFail(Organization, { name: 'АО Альфа' });
    em.create(Contact, { fullName: 'Jane Roe', position: 'CISO', phone: '+7 812 000-77-77', email: 'jane@alfa.example', locale: Locale.EN, organization: alfa, createdAt: t.clock.now() });
    await em.flush();
    await t.gql(INVITE, { input: { email: 'jane@alfa.example', fullName: 'Jane <Roe>', role: 'CUSTOMER', organizationId: String(alfa.id) } }, await t.login(ADMIN));
    await waitFor(() => sink.mails.some((m) => m.envelopeTo.includes('jane@alfa.example')), 10_000, 'the invitation');
    const invitation = sink.mails.find((m) => m.envelopeTo.includes('jane@alfa.example'))!;
    expect(invitation.subject).toBe('Invitation to technical support');
    expect(invitation.parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    const html = parseHtml(String(invitation.parsed.html));
    expect(html.lang).toBe('en');
    expect(html.text).toContain('Hello Jane <Roe>,');
    const [link] = html.links;
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/set-password\\?token=inv_`));
    expect(invitation.text).toContain(link);
    // No ticket, no thread: no Reply-To with a thread token.
    expect(invitation.parsed.replyTo).toBeUndefined();
  });
});
