import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { OutboxStatus } from '../../src/entities/notifications/notification.enums.js';
import type { MailReceipt, Mailer, OutgoingMail } from '../../src/infra/mail/mailer.js';
import { type OutboxDispatcher } from '../../src/modules/notifications/outbox-dispatcher.js';
import { ADMIN, AGENT1, ALFA, LEAD } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { expectCode } from '../support/expect-errors.js';
import { msk } from '../support/time.js';
import { dispatcherFor, outboxOf, outboxQuery, recordingLogger, RETRY_NOTIFICATION, smtpMailer, type OutboxView, contact, timelineOf, kinds } from '../support/outbox-helpers.js';
import { refuseAlways, refuseFirst, startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { waitFor } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

describe.each(TEST_DATABASES)('customer notifications by e-mail (%s)', (kind) => {
  // Monday 4 March 2026 midday in Moscow: working hours, contracts in force.
  const clock = new ManualClock(msk('2026-03-04T12:00'));
  let t: TestApp;
  let sink: SmtpSink;
  let lead: string;
  let agent: string;
  let admin: string;
  const cleanups: (() => Promise<void> | void)[] = [];

  beforeAll(async () => {
    // No SMTP_URL: the app itself never delivers here, each test runs the dispatcher it needs.
    t = await startTestApp(kind, { clock, env: { SLA_SWEEP_INTERVAL_MS: '3600000' } });
    sink = await startSmtpSink();
    [lead, agent, admin] = await Promise.all([t.login(LEAD), t.login(AGENT1), t.login(ADMIN)]);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    sink.refuse(null);
    // Each test starts from an outbox with nothing left to deliver.
    await t.app.orm.em.fork().nativeUpdate(OutboxMessage, { status: { $in: [OutboxStatus.PENDING, OutboxStatus.SENDING] } }, { status: OutboxStatus.FAILED });
  });
  afterAll(async () => {
    await t?.close();
    await sink?.close();
  });

  /** A dispatcher over real SMTP to the sink, stopped (and its pool closed) after the test. */
  function smtpDispatcher(options: Parameters<typeof dispatcherFor>[2] = {}, to: SmtpSink = sink): OutboxDispatcher {
    const mailer = smtpMailer(to.url);
    const dispatcher = dispatcherFor(t, mailer, options);
    cleanups.push(() => mailer.close());
    cleanups.push(() => dispatcher.stop());
    return dispatcher;
  }

  function mailsFor(ticketNumber: string, at: SmtpSink = sink) {
    return at.mails.filter((m) => m.subject.includes(`[${ticketNumber}]`));
  }

  it('a 451 on the first attempt is retried after the backoff and delivered: attempts = 2, NOTIFICATION_SENT', async () => {
    sink.refuse(refuseFirst(1, 451, 'DATA'));
    const dispatcher = smtpDispatcher();
    const ticket = await createTicket(t, lead, { contact: contact() });
    const seenBefore = sink.seen.DATA;

    await dispatcher.dispatch();
    let [row] = await outboxOf(t, ticket.id);
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1, leaseUntil: null });
    expect(row!.lastError).toMatch(/temporarily refused.*451/);
    expect(row!.nextAttemptAt.getTime() - clock.now().getTime()).toBe(5_000);
    expect(sink.seen.DATA - seenBefore).toBe(1);

    // Not before the backoff is over.
    clock.advance(4);
    await dispatcher.dispatch();
    expect(sink.seen.DATA - seenBefore).toBe(1);

    clock.advance(1);
    await dispatcher.dispatch();
    [row] = await outboxOf(t, ticket.id);
    expect(row).toMatchObject({ status: OutboxStatus.SENT, attempts: 2 });
    expect(row!.sentAt?.getTime()).toBe(clock.now().getTime());
    expect(mailsFor(ticket.number)).toHaveLength(1);
    expect(mailsFor(ticket.number)[0]!.messageId).toBe(row!.messageId);

    const { timeline } = await timelineOf(t, lead, ticket.id);
    expect(kinds(timeline, 'NOTIFICATION_SENT')).toHaveLength(1);
    expect(kinds(timeline, 'NOTIFICATION_SENT')[0]!.data).toMatchObject({ kind: 'RECEIVED', attempts: 2 });
    expect(kinds(timeline, 'NOTIFICATION_FAILED')).toHaveLength(0);
  });

  it('a server that keeps refusing: FAILED after the last attempt, NOTIFICATION_FAILED for staff; retryNotification then delivers', async () => {
    sink.refuse(refuseAlways(451, 'RCPT', 'Mailbox temporarily unavailable'));
    const dispatcher = smtpDispatcher({ maxAttempts: 3 });
    const ticket = await createTicket(t, lead, { contact: contact() });

    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await dispatcher.dispatch();
      const [row] = await outboxOf(t, ticket.id);
      expect(row!.attempts).toBe(attempt);
      if (attempt < 3) {
        expect(row!.status).toBe(OutboxStatus.PENDING);
        const wait = row!.nextAttemptAt.getTime() - clock.now().getTime();
        waits.push(wait);
        clock.advance(wait / 1000);
      }
    }
    expect(waits).toEqual([5_000, 10_000]);
    const [failed] = await outboxQuery(t, lead, { ticketId: ticket.id });
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3 });
    expect(failed!.lastError).toMatch(/451 Mailbox temporarily unavailable/);
    expect(failed!.lastError).toContain('RCPT TO');
    expect(mailsFor(ticket.number)).toHaveLength(0);
    // A FAILED message is never picked up again by itself.
    clock.advance(3600);
    await dispatcher.dispatch();
    expect((await outboxOf(t, ticket.id))[0]!.attempts).toBe(3);

    const { timeline } = await timelineOf(t, lead, ticket.id);
    const failures = kinds(timeline, 'NOTIFICATION_FAILED');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ internal: true, data: expect.objectContaining({ kind: 'RECEIVED', attempts: 3, permanent: false }) });
    expect(failures[0]!.summary).toContain('gave up after 3 attempts');
    expect(kinds(timeline, 'NOTIFICATION_SENT')).toHaveLength(0);
    expect((await outboxQuery(t, lead, { status: 'FAILED', first: 200 })).map((r) => r.id)).toContain(failed!.id);

    // Only an admin may put it back; the server accepts again.
    await expectCode(t, 'FORBIDDEN', RETRY_NOTIFICATION, { id: failed!.id }, agent);
    sink.refuse(null);
    const retried = (await t.gql<{ retryNotification: OutboxView }>(RETRY_NOTIFICATION, { id: failed!.id }, admin)).retryNotification;
    expect(retried).toMatchObject({ id: failed!.id, status: 'PENDING', attempts: 0 });
    await dispatcher.dispatch();
    const [delivered] = await outboxOf(t, ticket.id);
    expect(delivered).toMatchObject({ status: OutboxStatus.SENT, attempts: 1 });
    expect(mailsFor(ticket.number)).toHaveLength(1);
    const after = (await timelineOf(t, lead, ticket.id)).timeline;
    expect(kinds(after, 'NOTIFICATION_SENT')).toHaveLength(1);
    expect(kinds(after, 'NOTIFICATION_QUEUED').some((line) => line.internal && line.data?.retry === true)).toBe(true);

    // Only FAILED messages can be retried; unknown ids are NOT_FOUND.
    await expectCode(t, 'CONFLICT', RETRY_NOTIFICATION, { id: failed!.id }, admin);
    await expectCode(t, 'NOT_FOUND', RETRY_NOTIFICATION, { id: '99999999' }, admin);
  });

  it('a permanent refusal (550 for the recipient) fails at once instead of retrying for hours', async () => {
    sink.refuse(refuseAlways(550, 'RCPT', 'No such user here'));
    const dispatcher = smtpDispatcher({ maxAttempts: 5 });
    const ticket = await createTicket(t, lead, { contact: contact() });
    await dispatcher.dispatch();
    const [row] = await outboxOf(t, ticket.id);
    expect(row).toMatchObject({ status: OutboxStatus.FAILED, attempts: 1 });
    expect(row!.lastError).toMatch(/refused the message at RCPT TO: 550 No such user here/);
    const failures = kinds((await timelineOf(t, lead, ticket.id)).timeline, 'NOTIFICATION_FAILED');
    expect(failures).toHaveLength(1);
    expect(failures[0]!.data).toMatchObject({ permanent: true, attempts: 1 });
  });

  it('an unreachable SMTP server is a transient failure with a message that says so', async () => {
    const gone = await startSmtpSink();
    const url = gone.url;
    await gone.close();
    const mailer = smtpMailer(url);
    cleanups.push(() => mailer.close());
    const dispatcher = dispatcherFor(t, mailer);
    cleanups.push(() => dispatcher.stop());
    const ticket = await createTicket(t, lead, { contact: contact() });
    await dispatcher.dispatch();
    const [row] = await outboxOf(t, ticket.id);
    expect(row).toMatchObject({ status: OutboxStatus.PENDING, attempts: 1 });
    expect(row!.lastError).toContain(`could not talk to ${url}`);
  });

  it('a SENDING message whose sender died mid-send is sent again once its lease runs out; the dead sender cannot overwrite the outcome', async () => {
    // Sender A claims the message and then hangs, as a process that died inside the SMTP conversation.
    let releaseA!: (receipt: MailReceipt) => void;
    const hanging: Mailer = { send: () => new Promise<MailReceipt>((resolve) => (releaseA = resolve)) };
    const loggerA = recordingLogger();
    const senderA = dispatcherFor(t, hanging, { logger: loggerA });
    const ticket = await createTicket(t, lead, { contact: contact() });
    const passA = senderA.dispatch();
    await waitFor(async () => (await outboxOf(t, ticket.id))[0]!.status === OutboxStatus.SENDING, 5_000, 'A to claim the message');
    const [claimed] = await outboxOf(t, ticket.id);
    expect(claimed!.attempts).toBe(1);
    expect(claimed!.leaseUntil!.getTime() - clock.now().getTime()).toBe(60_000);
    expect(claimed!.messageId).toMatch(new RegExp(`^<outbox-${claimed!.id}\\.${ticket.number}\\.[0-9a-f]{20}@desk\\.local>$`));

    const senderB = smtpDispatcher();
    // The lease still holds: B leaves the message alone.
    clock.advance(59);
    await senderB.dispatch();
    expect(mailsFor(ticket.number)).toHaveLength(0);
    // The lease ran out: B takes it over and sends it.
    clock.advance(2);
    await senderB.dispatch();
    const [resent] = await outboxOf(t, ticket.id);
    expect(resent).toMatchObject({ status: OutboxStatus.SENT, attempts: 2, messageId: claimed!.messageId });
    expect(mailsFor(ticket.number)).toHaveLength(1);
    expect(mailsFor(ticket.number)[0]!.messageId).toBe(claimed!.messageId);

    // A wakes up late: its outcome is fenced off (attempt 1 is not the current attempt).
    releaseA({ accepted: true });
    await passA;
    const [final] = await outboxOf(t, ticket.id);
    expect(final).toMatchObject({ status: OutboxStatus.SENT, attempts: 2 });
    expect(loggerA.errors.map((e) => e.message)).toEqual([expect.stringContaining('taken over by another sender')]);
    expect(kinds((await timelineOf(t, lead, ticket.id)).timeline, 'NOTIFICATION_SENT')).toHaveLength(1);
    await senderA.stop();
  });

  it('stop() waits for the send in flight and records it', async () => {
    let release!: () => void;
    const sent: OutgoingMail[] = [];
    const slow: Mailer = {
      send: (mail) =>
        new Promise<MailReceipt>((resolve) => {
          release = () => {
            sent.push(mail);
            resolve({ accepted: true });
          };
        }),
    };
    const dispatcher = dispatcherFor(t, slow);
    const ticket = await createTicket(t, lead, { contact: contact() });
    void dispatcher.dispatch();
    await waitFor(() => typeof release === 'function', 5_000, 'the send to begin');
    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(sent).toHaveLength(1);
    expect((await outboxOf(t, ticket.id))[0]).toMatchObject({ status: OutboxStatus.SENT, attempts: 1 });
  });

  it('notifications for channels other than e-mail stay PENDING for their channel adapters', async () => {
    const dispatcher = smtpDispatcher();
    const ticket = await createTicket(t, lead, { contact: contact(null), channel: 'PHONE' });
    await dispatcher.dispatch();
    const [row] = await outboxOf(t, ticket.id);
    expect(row).toMatchObject({ channel: 'PHONE', status: OutboxStatus.PENDING, attempts: 0, sentAt: null });
    expect(mailsFor(ticket.number)).toHaveLength(0);
    // Delivered e-mail from other tests aside, this one shows in the dev mailbox as PENDING.
    expect((await outboxQuery(t, lead, { status: 'PENDING', first: 200 })).some((r) => r.ticket?.id === ticket.id)).toBe(true);
  });

  it('outbox: staff only, newest first, filtered by status and ticket, page size checked', async () => {
    const ticket = await createTicket(t, lead, { contact: contact() });
    const customer = await t.login(ALFA);
    await expectCode(t, 'FORBIDDEN', '{ outbox { id } }', {}, customer);
    await expectCode(t, 'UNAUTHENTICATED', '{ outbox { id } }');
    await expectCode(t, 'BAD_USER_INPUT', '{ outbox(first: 0) { id } }', {}, lead);
    await expectCode(t, 'BAD_USER_INPUT', '{ outbox(first: 201) { id } }', {}, lead);

    const all = await outboxQuery(t, agent, { first: 200 });
    const order = all.map((r) => [new Date(r.createdAt).getTime(), Number(r.id)] as const);
    expect(order).toEqual([...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(all[0]!.ticket?.id).toBe(ticket.id);
    const mine = await outboxQuery(t, agent, { ticketId: ticket.id });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ kind: 'RECEIVED', status: 'PENDING', attempts: 0, sentAt: null });
    expect(mine[0]!.body).toContain(ticket.number);
    expect(await outboxQuery(t, agent, { ticketId: ticket.id, status: 'SENT' })).toEqual([]);
    expect(await outboxQuery(t, agent, { first: 1 })).toHaveLength(1);
    const forged = await t.gqlErrors('query($id: ID) { outbox(ticketId: $id) { id } }', { id: 'not-a-number' }, agent);
    expect(forged[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'ticketId' }] });
  });
});
