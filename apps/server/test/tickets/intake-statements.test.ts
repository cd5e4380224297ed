import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureSql } from '../../bench/support/sql-capture.js';
import { ALFA } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/**
 * #17: every statement a registration sends is a loopback round trip, and on
 * this 2-core machine the servers' CPU per ticket decides intake throughput
 * (pnpm bench intake). These pin the round trips taken out, so none creeps back.
 */
describe.each(TEST_DATABASES)('the statements of one createTicket on %s', (kind) => {
  let t: TestApp;
  let statements: string[] = [];
  beforeAll(async () => {
    // No outbox poll inside the capture: only what the change itself wakes is there.
    t = await startTestApp(kind, { env: { OUTBOX_POLL_INTERVAL_MS: '3600000' } });
    const token = await t.login(ALFA);
    await createTicket(t, token, { channel: 'PORTAL' }); // the contact exists from now on
    await new Promise((resolve) => setTimeout(resolve, 300));
    ({ statements } = await captureSql(t.app.orm, async () => {
      await createTicket(t, token, { channel: 'PORTAL', description: 'Второе обращение того же контакта' });
      // The background work the change wakes (timers, live follower, dispatchers) lands in the capture too.
      await new Promise((resolve) => setTimeout(resolve, 600));
    }));
  });
  afterAll(async () => t?.close());

  const matching = (pattern: RegExp) => statements.filter((sql) => pattern.test(sql));

  it('writes the CREATED and NOTIFICATION_QUEUED lines in one INSERT (an unchanged contact is not touched)', () => {
    const inserts = matching(/^insert into [`"]timeline_entries[`"]/);
    expect(inserts).toHaveLength(1);
    expect(inserts[0]).toContain("'CREATED'");
    expect(inserts[0]).toContain("'NOTIFICATION_QUEUED'");
    expect(matching(/^update [`"]contacts[`"]/)).toEqual([]);
  });

  it('indexes the new ticket without reading its messages: it has none but those its transaction wrote', () => {
    expect(matching(/from [`"]ticket_messages[`"]/)).toEqual([]);
    expect(matching(/^insert into ticket_search_documents/)).toHaveLength(1);
  });

  it('reads no service hours and no webhook endpoints: every process keeps a copy of both (ClusterCopy)', () => {
    expect(matching(/from [`"]service_hours_settings[`"]/)).toEqual([]);
    expect(matching(/from [`"]webhook_endpoints[`"]/)).toEqual([]);
  });

  it('wakes no webhook claim when the change wrote no webhook message', () => {
    expect(matching(/from [`"]outbox_messages[`"].*'WEBHOOK'/)).toEqual([]);
  });
});
