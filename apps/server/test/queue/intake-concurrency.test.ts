import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Contact } from '../../src/entities/organizations/contact.entity.js';
import { EventLogEntry, EventStream } from '../../src/entities/realtime/event-log-entry.entity.js';
import { ALFA_BASIC, BETA_EXT, LEAD } from '../support/demo-data.js';
import { createTicket, queueOrder } from '../support/tickets.js';
import { msk } from '../support/time.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** Wednesday 4 March 2026, 12:00 Moscow: inside BASIC service hours. */
const NOW = msk('2026-03-04T12:00');
const AT_ONCE = 12;

/**
 * #17: intake takes the queue lock only to number the ticket, so many
 * registrations run side by side. The live queue must not notice: versions
 * gap-free in commit order, and each ADDED position exact for the queue the
 * versions before it left — replaying the events onto the queue as it was
 * gives the queue as it is.
 */
describe.each(TEST_DATABASES)('concurrent intake on %s', (kind) => {
  let t: TestApp;
  let lead: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock: new ManualClock(NOW) });
    lead = await t.login(LEAD);
  });
  afterAll(async () => t?.close());

  it('SLA-6: positions of tickets registered at once replay into the queue order; versions have no gap', async () => {
    const before = await queueOrder(t, lead);
    const contracts = [ALFA_BASIC, BETA_EXT];
    const created = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) =>
        createTicket(t, lead, {
          ...contracts[i % 2],
          criticality: i % 3 === 0 ? 'CRITICAL' : 'NON_CRITICAL',
          channel: 'PHONE',
          receivedAt: new Date(NOW.getTime() - i * 60_000).toISOString(),
          subject: `Одновременно ${i}`,
        }),
      ),
    );
    const ids = new Set(created.map((ticket) => Number(ticket.id)));
    const rows = (await t.app.orm.em.fork().find(EventLogEntry, { stream: EventStream.QUEUE }, { orderBy: { version: 'asc' } })).filter(
      (row) => row.ticketId !== null && ids.has(row.ticketId),
    );
    expect(rows).toHaveLength(AT_ONCE);
    const versions = rows.map((row) => row.version);
    expect(versions).toEqual(versions.map((_, i) => versions[0]! + i));

    const replayed = [...before];
    for (const row of rows) {
      const payload = row.payload as { kind: string; position: number | null };
      expect(payload.kind).toBe('ADDED');
      replayed.splice(payload.position!, 0, String(row.ticketId));
    }
    expect(replayed).toEqual(await queueOrder(t, lead));
  });

  it('ID-1: one new contact calling on several lines at once is created once', async () => {
    const contact = { fullName: 'Вера Новикова', position: 'Инженер', phone: '+7 495 111-22-33' };
    await Promise.all(Array.from({ length: 4 }, (_, i) => createTicket(t, lead, { ...BETA_EXT, contact, channel: 'PHONE', subject: `Новый контакт ${i}` })));
    const stored = await t.app.orm.em.fork().find(Contact, { fullName: contact.fullName, phone: contact.phone });
    expect(stored).toHaveLength(1);
  });
});
