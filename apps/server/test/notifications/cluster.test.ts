import { describe, expect, it } from 'vitest';
import { OutboxStatus } from '../../src/entities/notifications/notification.enums.js';
import { TimelineKind } from '../../src/entities/tickets/ticket.enums.js';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { TimelineEntry } from '../../src/entities/tickets/timeline-entry.entity.js';
import type { OutboxDispatcher } from '../../src/modules/notifications/outbox-dispatcher.js';
import { AGENT1, AGENT2, LEAD } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { dispatcherFor, smtpMailer } from '../support/outbox-helpers.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES } from '../support/test-database.js';

const START_WORK = 'mutation($id: ID!) { startWork(ticketId: $id) { id } }';

function customer(n: number) {
  return { fullName: `Клиент Кластерный ${n}`, position: 'Инженер', phone: `+7 495 700-${String(n).padStart(4, '0')}`, email: `cluster${n}@beta.example` };
}

async function outboxRows(t: TestApp): Promise<OutboxMessage[]> {
  return t.app.orm.em.fork().find(OutboxMessage, {}, { orderBy: { id: 'asc' } });
}

describe.each(TEST_DATABASES)('several dispatchers on one database (%s)', (kind) => {
  it('two processes with two dispatchers each deliver every notification exactly once: a backlog, then live traffic', async () => {
    const database = await createTestDatabase(kind, { migrated: true });
    const sink = await startSmtpSink();
    // Two server processes of one cluster (no SMTP_URL: only the dispatchers below deliver).
    const a = await startTestApp(kind, { database });
    const b = await startTestApp(kind, { database });
    const mailers = [1, 2, 3, 4].map(() => smtpMailer(sink.url));
    const dispatchers: OutboxDispatcher[] = mailers.map((mailer, i) =>
      dispatcherFor(i < 2 ? a : b, mailer, { withEvents: true, pollIntervalMs: 50, batchSize: 5 }),
    );
    try {
      const [leadA, agentA, leadB, agentB] = await Promise.all([a.login(LEAD), a.login(AGENT1), b.login(LEAD), b.login(AGENT2)]);

      // A backlog written while nothing delivered: every dispatcher sees the same due rows at once.
      const backlog = [];
      for (let n = 1; n <= 6; n += 1) backlog.push(await createTicket(n % 2 ? a : b, n % 2 ? leadA : leadB, { contact: customer(n) }));
      for (const ticket of backlog.slice(0, 3)) await a.gql(START_WORK, { id: ticket.id }, agentA);
      expect((await outboxRows(a)).filter((r) => r.status === OutboxStatus.PENDING)).toHaveLength(9);
      for (const dispatcher of dispatchers) dispatcher.start();

      // Live traffic through both processes while the dispatchers run: every commit kicks all of them.
      await Promise.all([
        (async () => {
          for (let n = 7; n <= 10; n += 1) {
            const ticket = await createTicket(a, leadA, { contact: customer(n) });
            await a.gql(START_WORK, { id: ticket.id }, agentA);
          }
        })(),
        (async () => {
          for (let n = 11; n <= 14; n += 1) {
            const ticket = await createTicket(b, leadB, { contact: customer(n) });
            await b.gql(START_WORK, { id: ticket.id }, agentB);
          }
        })(),
      ]);
      const total = 9 + 8 * 2;

      await sink.waitForMails(total, 30_000);
      await waitFor(async () => (await outboxRows(a)).every((r) => r.status === OutboxStatus.SENT), 10_000, 'every message SENT');
      // Give a duplicate every chance to show up: several more polls on every dispatcher.
      await new Promise((resolve) => setTimeout(resolve, 500));

      const rows = await outboxRows(b);
      expect(rows).toHaveLength(total);
      expect(sink.mails).toHaveLength(total);
      const arrivals = new Map<string, number>();
      for (const mail of sink.mails) arrivals.set(mail.messageId!, (arrivals.get(mail.messageId!) ?? 0) + 1);
      expect([...arrivals.values()].every((count) => count === 1)).toBe(true);
      expect([...arrivals.keys()].sort()).toEqual(rows.map((r) => r.messageId).sort());
      // No claim was ever lost: each message took exactly one attempt.
      expect(rows.every((r) => r.status === OutboxStatus.SENT && r.attempts === 1 && r.leaseUntil === null)).toBe(true);
      for (const mail of sink.mails) expect(mail.envelopeTo).toEqual([rows.find((r) => r.messageId === mail.messageId)!.recipient]);
      const sentLines = await a.app.orm.em.fork().count(TimelineEntry, { kind: TimelineKind.NOTIFICATION_SENT });
      expect(sentLines).toBe(total);
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
      for (const mailer of mailers) mailer.close();
      await b.close();
      await a.close();
      await sink.close();
      await database.drop();
    }
  }, 90_000);
});
