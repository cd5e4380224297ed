import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id receivedAt responseDueAt atRiskAt } }`;
const ALERTS = `query($id: ID) { slaAlerts(ticketId: $id) { kind dueAt raisedAt ticket { id } } }`;
const SLA_ALERT = `subscription { slaAlert { kind dueAt raisedAt ticket { id slaState escalationLevel } } }`;

// Wednesday 2026-03-04 12:00 MSK: inside BASIC service hours.
const START = new Date('2026-03-04T09:00:00Z');

function request(overrides: Record<string, unknown> = {}) {
  return {
    identifier: 'DL-EXT-0001',
    organizationName: 'ПАО Бета',
    contact: { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' },
    subject: 'АРМ не загружается',
    description: 'Описание',
    category: 'INCIDENT',
    criticality: 'CRITICAL',
    channel: 'PHONE',
    ...overrides,
  };
}

describe.each(TEST_DATABASES)('SLA-7 alerts on %s', (kind) => {
  let t: TestApp;
  let clock: ManualClock;
  let lead: string;
  beforeAll(async () => {
    clock = new ManualClock(START);
    t = await startTestApp(kind, { clock });
    lead = await t.login('lead@demo.local');
  });
  afterAll(async () => t?.close());

  async function sweepAt(at: Date): Promise<void> {
    clock.set(at);
    await t.app.deadlines.sweep();
    await t.app.services.live.drained();
  }

  it('SLA-7: AT_RISK at 75% of the response time, BREACHED at the deadline, each exactly once, pushed live and kept', async () => {
    const live = await subscribe<{ slaAlert: { kind: string; ticket: { id: string; slaState: string; escalationLevel: number } } }>(t.url, lead, SLA_ALERT);
    try {
      const ticket = (await t.gql(CREATE, { input: request() }, lead)).createTicket;
      // EXTENDED CRITICAL: 20 minutes wall clock; 75% = 15 minutes.
      expect(new Date(ticket.atRiskAt).getTime() - START.getTime()).toBe(15 * 60_000);

      await sweepAt(new Date(START.getTime() + 15 * 60_000 - 1));
      expect(await t.gql(ALERTS, { id: ticket.id }, lead)).toEqual({ slaAlerts: [] });

      await sweepAt(new Date(START.getTime() + 15 * 60_000));
      await sweepAt(new Date(START.getTime() + 16 * 60_000));
      await live.until((e) => e.length >= 1);
      expect(live.events[0]!.slaAlert).toMatchObject({ kind: 'AT_RISK', ticket: { id: ticket.id, slaState: 'AT_RISK', escalationLevel: 0 } });

      await sweepAt(new Date(ticket.responseDueAt));
      await sweepAt(new Date(new Date(ticket.responseDueAt).getTime() + 60_000));
      await live.until((e) => e.length >= 2);
      expect(live.events[1]!.slaAlert).toMatchObject({ kind: 'BREACHED', ticket: { id: ticket.id, slaState: 'BREACHED', escalationLevel: 1 } });

      const kept = (await t.gql(ALERTS, { id: ticket.id }, lead)).slaAlerts;
      expect(kept.map((a: { kind: string }) => a.kind)).toEqual(['BREACHED', 'AT_RISK']);
      expect(kept.every((a: { dueAt: string }) => a.dueAt === ticket.responseDueAt)).toBe(true);
      expect(live.events).toHaveLength(2);
    } finally {
      await live.close();
    }
  });

  it('SLA-7, TKT-6: a breach escalates the ticket automatically and the timeline shows it', async () => {
    clock.set(START);
    const ticket = (await t.gql(CREATE, { input: request() }, lead)).createTicket;
    await sweepAt(new Date(new Date(ticket.responseDueAt).getTime() + 1));
    const data = await t.gql(`query($id: ID!) { ticket(id: $id) { escalationLevel slaState timeline { kind summary data } } }`, { id: ticket.id }, lead);
    expect(data.ticket.escalationLevel).toBe(1);
    expect(data.ticket.slaState).toBe('BREACHED');
    const kinds = data.ticket.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['SLA_ALERT', 'ESCALATED']));
    const escalation = data.ticket.timeline.find((e: { kind: string }) => e.kind === 'ESCALATED');
    expect(escalation.data).toMatchObject({ automatic: true, reason: 'SLA_BREACHED' });
  });

  it('SLA-8, SLA-7: a criticality change re-arms the alerts for the new deadline', async () => {
    clock.set(START);
    const ticket = (await t.gql(CREATE, { input: request({ criticality: 'NON_CRITICAL' }) }, lead)).createTicket;
    // EXTENDED NON_CRITICAL: 45 minutes; at risk after 33:45.
    await sweepAt(new Date(START.getTime() + 34 * 60_000));
    const changed = await t.gql(
      `mutation($id: ID!) { changeCriticality(ticketId: $id, criticality: CRITICAL, reason: "АРМ встал") { responseDueAt } }`,
      { id: ticket.id },
      lead,
    );
    expect(changed.changeCriticality.responseDueAt).toBe(new Date(START.getTime() + 20 * 60_000).toISOString());
    await sweepAt(new Date(START.getTime() + 35 * 60_000));
    const kept = (await t.gql(ALERTS, { id: ticket.id }, lead)).slaAlerts;
    expect(kept.map((a: { kind: string; dueAt: string }) => [a.kind, a.dueAt])).toEqual([
      ['BREACHED', changed.changeCriticality.responseDueAt],
      ['AT_RISK', changed.changeCriticality.responseDueAt],
      ['AT_RISK', ticket.responseDueAt],
    ]);
  });

  it('SLA-7, SLA-6: a burst of deadlines is raised as one batch: one BREACHED each, UPDATED in place with the positions queue shows', async () => {
    const queueLive = await subscribe<{ queueChanged: { version: number; kind: string; position: number; previousPosition: number; ticket: { id: string } } }>(
      t.url,
      lead,
      `subscription { queueChanged { version kind position previousPosition ticket { id } } }`,
    );
    const alertLive = await subscribe<{ slaAlert: { kind: string; ticket: { id: string; escalationLevel: number } } }>(t.url, lead, SLA_ALERT);
    try {
      // More tickets than the raiser counts one by one, so the whole queue is numbered in one statement.
      const burst: { id: string; responseDueAt: string }[] = [];
      for (let i = 0; i < 12; i += 1) {
        clock.set(new Date(START.getTime() + i * 1_000));
        burst.push((await t.gql(CREATE, { input: request({ criticality: i % 3 === 0 ? 'NON_CRITICAL' : 'CRITICAL' }) }, lead)).createTicket);
      }
      await queueLive.until((e) => e.length >= burst.length);
      const latest = Math.max(...burst.map((ticket) => Date.parse(ticket.responseDueAt)));
      await sweepAt(new Date(latest + 1));
      await alertLive.until((e) => e.filter((a) => a.slaAlert.kind === 'BREACHED').length >= burst.length);
      await queueLive.until((e) => e.length >= 2 * burst.length);

      const ids = new Set(burst.map((ticket) => ticket.id));
      const breached = alertLive.events.filter((e) => e.slaAlert.kind === 'BREACHED' && ids.has(e.slaAlert.ticket.id));
      expect(new Set(breached.map((e) => e.slaAlert.ticket.id))).toEqual(ids);
      expect(breached).toHaveLength(burst.length);
      expect(breached.every((e) => e.slaAlert.ticket.escalationLevel === 1)).toBe(true);

      const updates = queueLive.events.slice(burst.length).map((e) => e.queueChanged);
      const queue = (await t.gql(`{ queue(first: 200) { version edges { node { id } } } }`, {}, lead)).queue;
      const order: string[] = queue.edges.map((edge: { node: { id: string } }) => edge.node.id);
      for (const update of updates) {
        expect(update).toMatchObject({ kind: 'UPDATED', previousPosition: update.position });
        expect(update.position).toBe(order.indexOf(update.ticket.id));
      }
      const versions = updates.map((u) => u.version);
      expect(versions).toEqual(versions.map((_, i) => versions[0]! + i));
      expect(queue.version).toBeGreaterThanOrEqual(versions.at(-1)!);
    } finally {
      await queueLive.close();
      await alertLive.close();
    }
  });

  it('a ticket reacted to in time raises nothing', async () => {
    clock.set(START);
    const ticket = (await t.gql(CREATE, { input: request() }, lead)).createTicket;
    clock.set(new Date(START.getTime() + 5 * 60_000));
    await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { slaOutcome } }`, { id: ticket.id }, lead);
    await sweepAt(new Date(START.getTime() + 3_600_000));
    expect(await t.gql(ALERTS, { id: ticket.id }, lead)).toEqual({ slaAlerts: [] });
  });

  it('customers cannot read the alert history', async () => {
    const errors = await t.gqlErrors(ALERTS, {}, await t.login('beta@demo.local'));
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
