import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { OutboxStatus } from '../../src/entities/notifications/notification.enums.js';
import { createLogger } from '../../src/infra/logger.js';
import { createOutboxDispatcher } from '../../src/modules/notifications/outbox-dispatcher.js';
import { AGENT1, LEAD } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { dispatcherFor, outboxOf, outboxQuery, smtpMailer, START_WORK, contact, timelineOf, kinds } from '../support/outbox-helpers.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES } from '../support/test-database.js';

describe.each(TEST_DATABASES)('customer notifications through the configured SMTP server (%s)', (kind) => {
  let t: TestApp;
  let sink: SmtpSink;
  let env: Record<string, string>;
  let lead: string;
  let agent: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // SMTP_URL given: once app.ts starts its own dispatcher, it and this test's one share the work.
    env = { SMTP_URL: sink.url, OUTBOX_POLL_INTERVAL_MS: '100' };
    t = await startTestApp(kind, { env });
    [lead, agent] = await Promise.all([t.login(LEAD), t.login(AGENT1)]);
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  const mailsOf = (ticketNumber: string) => sink.mails.filter((m) => m.subject.includes(`[${ticketNumber}]`));

  it('SLA-3: a ticket created and taken into work through GraphQL sends RECEIVED and WORK_STARTED, in Russian, to the contact', async () => {
    // As production wires it: from the configuration, kicked by every committed ticket change.
    const config = loadConfig({ ...env, LOG_LEVEL: 'silent' });
    const dispatcher = createOutboxDispatcher(t.app.orm, config, { clock: t.clock, logger: createLogger('silent'), events: t.app.services.events, tickets: t.app.services });
    expect(dispatcher).not.toBeNull();
    dispatcher!.start();

    const person = contact();
    const ticket = await createTicket(t, lead, { contact: person, subject: 'Не запускается АРМ администратора' });
    await waitFor(() => mailsOf(ticket.number).length >= 1, 10_000, 'the RECEIVED mail');
    await waitFor(async () => (await outboxOf(t, ticket.id))[0]?.status === OutboxStatus.SENT, 5_000, 'RECEIVED recorded as SENT');
    await t.gql(START_WORK, { id: ticket.id }, agent);
    await waitFor(() => mailsOf(ticket.number).length >= 2, 10_000, 'the WORK_STARTED mail');

    const [received, started] = mailsOf(ticket.number);
    for (const mail of [received!, started!]) {
      expect(mail.envelopeTo).toEqual([person.email]);
      expect(mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0]?.address : null).toBe(person.email);
      expect(mail.parsed.from?.value[0]?.address).toBe('helpdesk@confident.ru');
      expect(mail.parsed.from?.value[0]?.name).toBe('Техническая поддержка');
      expect(mail.text).toContain(`Здравствуйте, ${person.fullName}!`);
      expect(mail.text).toContain(ticket.number);
      expect(mail.messageId).toMatch(new RegExp(`^<outbox-\\d+\\.${ticket.number}\\.[0-9a-f]{20}@desk\\.local>$`));
      expect(mail.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    }
    expect(received!.subject).toBe(`[${ticket.number}] Обращение получено: Не запускается АРМ администратора`);
    expect(received!.text).toContain('получено и зарегистрировано под номером');
    expect(started!.subject).toBe(`[${ticket.number}] Заявка зарегистрирована, работы начаты: Не запускается АРМ администратора`);
    expect(started!.text).toContain('приступил к работе');
    // The reaction threads under the first mail of the ticket.
    expect(started!.parsed.inReplyTo).toBe(received!.messageId);

    // The server has it before the sender records it: wait for the record too.
    await waitFor(async () => (await outboxOf(t, ticket.id)).every((r) => r.status === OutboxStatus.SENT), 5_000, 'both SENT');
    // Delivery status per ticket, as the console shows it.
    const rows = await outboxQuery(t, lead, { ticketId: ticket.id });
    expect(rows.map((r) => r.kind)).toEqual(['WORK_STARTED', 'RECEIVED']); // newest first
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'SENT', attempts: 1, channel: 'EMAIL', recipient: person.email, lastError: null });
      expect(row.sentAt).not.toBeNull();
      expect(row.ticket).toEqual({ id: ticket.id, number: ticket.number });
    }
    expect(rows.map((r) => r.messageId).sort()).toEqual([received!.messageId, started!.messageId].sort());

    const { timeline } = await timelineOf(t, lead, ticket.id);
    const sent = kinds(timeline, 'NOTIFICATION_SENT');
    expect(sent.map((line) => line.data?.kind)).toEqual(['RECEIVED', 'WORK_STARTED']);
    expect(sent[0]!.summary).toContain(person.email!);
    // Each mail exactly once, even when the app runs a dispatcher of its own next to this one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailsOf(ticket.number)).toHaveLength(2);
    await dispatcher!.stop();
  });
});

describe.each(TEST_DATABASES)('nothing is lost between the change and its delivery (%s)', (kind) => {
  it('a change committed while no dispatcher runs (the process then gone) is delivered by the next process', async () => {
    const database = await createTestDatabase(kind, { migrated: true });
    const sink = await startSmtpSink();
    try {
      // Process 1: no SMTP configured — the change and its notification commit, nothing is sent.
      const first = await startTestApp(kind, { database });
      const lead = await first.login(LEAD);
      const ticket = await createTicket(first, lead, { contact: contact() });
      await first.gql(START_WORK, { id: ticket.id }, await first.login(AGENT1));
      const mailbox = await outboxQuery(first, lead, { ticketId: ticket.id });
      expect(mailbox.map((r) => [r.kind, r.status])).toEqual([
        ['WORK_STARTED', 'PENDING'],
        ['RECEIVED', 'PENDING'],
      ]);
      await first.close(); // the process is gone before anything was delivered

      // Process 2 on the same database delivers both.
      const second = await startTestApp(kind, { database });
      const mailer = smtpMailer(sink.url);
      const dispatcher = dispatcherFor(second, mailer, { withEvents: true });
      try {
        dispatcher.start();
        await sink.waitForMails(2);
        await waitFor(async () => (await outboxOf(second, ticket.id)).every((r) => r.status === OutboxStatus.SENT), 5_000, 'both SENT');
        expect(sink.mails.map((m) => m.subject)).toEqual([
          `[${ticket.number}] Обращение получено: ${ticket.subject}`,
          `[${ticket.number}] Заявка зарегистрирована, работы начаты: ${ticket.subject}`,
        ]);
      } finally {
        await dispatcher.stop();
        mailer.close();
        await second.close();
      }
    } finally {
      await sink.close();
      await database.drop();
    }
  });
});
