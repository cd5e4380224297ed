import { betaPortalRequest } from '../support/tickets.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscribe } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const QUEUE_CHANGED = `subscription { queueChanged { version kind position previousPosition ticket { id number priority status } } }`;
const QUEUE_IDS = `{ queue(first: 200) { version edges { node { id } } } }`;
const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;

const request = (overrides: Record<string, unknown> = {}) => betaPortalRequest({ subject: 'Проверка очереди', description: 'Описание', ...overrides });

interface QueueEvent {
  queueChanged: { version: number; kind: string; position: number | null; previousPosition: number | null; ticket: { id: string } };
}

describe.each(TEST_DATABASES)('queueChanged on %s', (kind) => {
  let t: TestApp;
  let agent: string;
  let customer: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { seedDemoTickets: true });
    agent = await t.login('agent1@demo.local');
    customer = await t.login('beta@demo.local');
  });
  afterAll(async () => t?.close());

  async function queueIds(): Promise<string[]> {
    const data = await t.gql(QUEUE_IDS, {}, agent);
    return data.queue.edges.map((e: { node: { id: string } }) => e.node.id);
  }

  it('SLA-6: ADDED, MOVED and REMOVED arrive in version order with positions equal to the queue at that moment', async () => {
    const live = await subscribe<QueueEvent>(t.url, agent, QUEUE_CHANGED);
    const second = await subscribe<QueueEvent>(t.url, agent, QUEUE_CHANGED);
    try {
      const { version: startVersion } = (await t.gql(QUEUE_IDS, {}, agent)).queue;

      const created = (await t.gql(CREATE, { input: request() }, customer)).createTicket.id as string;
      await live.until((e) => e.length >= 1);
      const added = live.events[0]!.queueChanged;
      expect(added).toMatchObject({ kind: 'ADDED', previousPosition: null, ticket: { id: created } });
      expect(added.version).toBe(startVersion + 1);
      expect((await queueIds()).indexOf(created)).toBe(added.position);

      await t.gql(`mutation($id: ID!) { changeCriticality(ticketId: $id, criticality: CRITICAL, reason: "АРМ не работает") { id } }`, { id: created }, agent);
      await live.until((e) => e.length >= 2);
      const moved = live.events[1]!.queueChanged;
      expect(moved.kind).toBe('MOVED');
      expect(moved.previousPosition).toBe(added.position);
      expect((await queueIds()).indexOf(created)).toBe(moved.position);
      expect(moved.position).toBeLessThan(added.position!);

      await t.gql(`mutation($id: ID!) { escalateTicket(ticketId: $id, reason: "нужен разработчик") { id } }`, { id: created }, agent);
      await live.until((e) => e.length >= 3);
      expect(live.events[2]!.queueChanged).toMatchObject({ kind: 'UPDATED', position: moved.position, previousPosition: moved.position });

      await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: created }, agent);
      await live.until((e) => e.length >= 4);
      expect(live.events[3]!.queueChanged).toMatchObject({ kind: 'REMOVED', position: null, previousPosition: moved.position });
      expect(await queueIds()).not.toContain(created);

      const versions = live.events.map((e) => e.queueChanged.version);
      expect(versions).toEqual([startVersion + 1, startVersion + 2, startVersion + 3, startVersion + 4]);
      await second.until((e) => e.length >= 4);
      expect(second.events.map((e) => e.queueChanged.version)).toEqual(versions);
    } finally {
      await live.close();
      await second.close();
    }
  });

  it('an expired contract is recorded as REJECTED and never enters the queue, so it emits no queue event', async () => {
    const live = await subscribe<QueueEvent>(t.url, agent, QUEUE_CHANGED);
    try {
      const lead = await t.login('lead@demo.local');
      await t.gql(CREATE, { input: request({ identifier: 'DL-EXPIRED-0001', organizationName: 'ООО Гамма' }) }, lead);
      const created = (await t.gql(CREATE, { input: request() }, customer)).createTicket.id;
      await live.until((e) => e.length >= 1);
      expect(live.events.map((e) => e.queueChanged.ticket.id)).toEqual([created]);
    } finally {
      await live.close();
    }
  });

  it('refuses a socket without a valid token at connect, and staff events to customers with FORBIDDEN', async () => {
    const anonymous = await subscribe(t.url, null, QUEUE_CHANGED);
    expect(anonymous.errors.some((e) => (e as { code?: number }).code === 4403)).toBe(true);
    await anonymous.close();

    const garbage = await subscribe(t.url, 'not-a-token', QUEUE_CHANGED);
    expect(garbage.errors.some((e) => (e as { code?: number }).code === 4403)).toBe(true);
    await garbage.close();

    const asCustomer = await subscribe(t.url, customer, QUEUE_CHANGED);
    await asCustomer.until(() => asCustomer.errors.length > 0).catch(() => undefined);
    expect(asCustomer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
    await asCustomer.close();
  });

  it('ticketUpdated reaches the customer who owns the ticket, and refuses other organizations', async () => {
    const created = (await t.gql(CREATE, { input: request() }, customer)).createTicket.id;
    const own = await subscribe<{ ticketUpdated: { id: string; status: string } }>(
      t.url,
      customer,
      `subscription($id: ID!) { ticketUpdated(id: $id) { id status } }`,
      { id: created },
    );
    try {
      // The state now comes first, so a page that loaded the ticket a moment ago misses nothing.
      await own.until((e) => e.length >= 1);
      expect(own.events[0]!.ticketUpdated).toEqual({ id: created, status: 'NEW' });
      await t.gql(`mutation($id: ID!) { startWork(ticketId: $id) { id } }`, { id: created }, agent);
      await own.until((e) => e.some((x) => x.ticketUpdated.status === 'IN_PROGRESS'));
      const other = await subscribe(t.url, await t.login('alfa@demo.local'), `subscription($id: ID!) { ticketUpdated(id: $id) { id } }`, { id: created });
      await other.until(() => other.errors.length > 0).catch(() => undefined);
      expect(other.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
      await other.close();
    } finally {
      await own.close();
    }
  });
});
