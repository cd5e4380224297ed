import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLogEntry } from '../../src/entities/realtime/event-log-entry.entity.js';
import { betaPortalRequest } from '../support/tickets.js';
import { subscribe, type LiveSubscription } from '../support/subscription-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CREATE = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id changeVersion } }`;
const VERSION = `query($id: ID!) { ticket(id: $id) { changeVersion } }`;
const LIST = `{ tickets(first: 20) { edges { node { id changeVersion } } } }`;
const NOTE = `mutation($id: ID!, $body: String!) { addInternalNote(ticketId: $id, body: $body) { id } }`;
const TICKET_UPDATED = `subscription($id: ID!, $after: Int) { ticketUpdated(id: $id, after: $after) { id changeVersion messages { kind } } }`;

// Wednesday 2026-03-04 12:00 MSK: inside BASIC service hours.
const START = new Date('2026-03-04T09:00:00Z');

interface Update {
  ticketUpdated: { id: string; changeVersion: number | null; messages: { kind: string }[] };
}

/**
 * #16: ticketUpdated(id, after:) resumes from Ticket.changeVersion. The state
 * is complete, so a resume sends the current state once when the client is
 * behind and nothing when it is not; live updates follow, none at or below a
 * version already sent.
 */
describe.each(TEST_DATABASES)('ticketUpdated(after:) on %s', (kind) => {
  let t: TestApp;
  let agent: string;
  let customer: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock: new ManualClock(START) });
    agent = await t.login('agent1@demo.local');
    customer = await t.login('beta@demo.local');
  });
  afterAll(async () => t?.close());

  const create = async () => (await t.gql(CREATE, { input: betaPortalRequest({ subject: 'Возобновление карточки', description: 'Описание' }) }, customer)).createTicket as { id: string; changeVersion: number | null };
  const version = async (id: string, token = agent) => (await t.gql(VERSION, { id }, token)).ticket.changeVersion as number | null;
  const note = async (id: string, body: string) => {
    await t.gql(NOTE, { id, body }, agent);
    await t.app.services.live.drained();
  };
  /** Lets anything in flight arrive, so "nothing more came" means something. */
  const settle = async () => {
    await t.app.services.live.drained();
    await new Promise((resolve) => setTimeout(resolve, 300));
  };
  const errorsOf = async (id: string, after: number, token = agent) => {
    const live = await subscribe(t.url, token, TICKET_UPDATED, { id, after });
    try {
      await live.until(() => live.errors.length > 0, 5_000).catch(() => undefined);
      return live.errors.map((e) => (e as { extensions?: Record<string, unknown> }).extensions);
    } finally {
      await live.close();
    }
  };

  it('changeVersion grows with each change, on the ticket and batched in lists', async () => {
    const ticket = await create();
    expect(ticket.changeVersion).toEqual(expect.any(Number));
    const v1 = (await version(ticket.id))!;
    expect(v1).toBe(ticket.changeVersion);
    await note(ticket.id, 'Первая');
    const v2 = (await version(ticket.id))!;
    await note(ticket.id, 'Вторая');
    const v3 = (await version(ticket.id))!;
    expect(v2).toBeGreaterThan(v1);
    expect(v3).toBeGreaterThan(v2);
    // The customer sees the same version (the log's, not a per-viewer count).
    expect(await version(ticket.id, customer)).toBe(v3);
    const other = await create();
    const nodes = (await t.gql(LIST, {}, agent)).tickets.edges.map((edge: { node: { id: string; changeVersion: number | null } }) => edge.node);
    expect(nodes.find((node: { id: string }) => node.id === ticket.id)?.changeVersion).toBe(v3);
    expect(nodes.find((node: { id: string }) => node.id === other.id)?.changeVersion).toBe(other.changeVersion);
    expect(other.changeVersion).toBeGreaterThan(v3);
  });

  it('subscribing with the current changeVersion sends nothing until the next change', async () => {
    const ticket = await create();
    await note(ticket.id, 'До подписки');
    const current = (await version(ticket.id))!;
    const live = await subscribe<Update>(t.url, agent, TICKET_UPDATED, { id: ticket.id, after: current });
    try {
      await settle();
      expect(live.events).toEqual([]);
      await note(ticket.id, 'После подписки');
      await live.until((events) => events.length >= 1);
      await settle();
      expect(live.events).toHaveLength(1);
      expect(live.events[0]!.ticketUpdated.changeVersion).toBe(await version(ticket.id));
      expect(live.events[0]!.ticketUpdated.changeVersion).toBeGreaterThan(current);
      expect(live.errors).toEqual([]);
    } finally {
      await live.close();
    }
  });

  it('with an older changeVersion: the current state once, then live changes in order, none twice', async () => {
    const ticket = await create();
    const held = ticket.changeVersion!;
    await note(ticket.id, 'Пока клиент отсутствовал 1');
    await note(ticket.id, 'Пока клиент отсутствовал 2');
    const now = (await version(ticket.id))!;
    const live = await subscribe<Update>(t.url, agent, TICKET_UPDATED, { id: ticket.id, after: held });
    try {
      await live.until((events) => events.length >= 1);
      await settle();
      // One state, complete: both missed notes are in it; no intermediate states.
      expect(live.events).toHaveLength(1);
      expect(live.events[0]!.ticketUpdated.changeVersion).toBe(now);
      expect(live.events[0]!.ticketUpdated.messages.filter((message) => message.kind === 'INTERNAL_NOTE')).toHaveLength(2);
      await note(ticket.id, 'Вживую 1');
      await note(ticket.id, 'Вживую 2');
      await live.until((events) => events.length >= 3);
      await settle();
      const versions = live.events.map((e) => e.ticketUpdated.changeVersion!);
      expect(versions).toHaveLength(3);
      expect(new Set(versions).size).toBe(3);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
      expect(versions[2]).toBe(await version(ticket.id));
      expect(live.errors).toEqual([]);
    } finally {
      await live.close();
    }
  });

  it('without after: the state at once, then each change, as before #16, never a version twice', async () => {
    const ticket = await create();
    const live: LiveSubscription<Update> = await subscribe<Update>(t.url, customer, TICKET_UPDATED, { id: ticket.id });
    try {
      await live.until((events) => events.length >= 1);
      expect(live.events[0]!.ticketUpdated.changeVersion).toBe(ticket.changeVersion);
      await note(ticket.id, 'Для своих');
      await live.until((events) => events.length >= 2);
      await settle();
      const versions = live.events.map((e) => e.ticketUpdated.changeVersion!);
      expect(versions).toEqual([ticket.changeVersion, await version(ticket.id)]);
      expect(versions[1]).toBeGreaterThan(versions[0]!);
    } finally {
      await live.close();
    }
  });

  it('when the log holds no change of the ticket (pruned), changeVersion is null and a resume sends the state', async () => {
    const ticket = await create();
    await t.app.orm.em.fork().nativeDelete(EventLogEntry, { stream: 'TICKET' as never, ticketId: Number(ticket.id) });
    expect(await version(ticket.id)).toBeNull();
    const live = await subscribe<Update>(t.url, agent, TICKET_UPDATED, { id: ticket.id, after: ticket.changeVersion });
    try {
      await live.until((events) => events.length >= 1);
      expect(live.events[0]!.ticketUpdated).toMatchObject({ id: ticket.id, changeVersion: null });
    } finally {
      await live.close();
    }
  });

  it('a negative after is BAD_USER_INPUT naming after; one beyond the cluster is RESET', async () => {
    const ticket = await create();
    expect(await errorsOf(ticket.id, -1)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'after' })] })]);
    expect(await errorsOf(ticket.id, ticket.changeVersion! + 1_000)).toEqual([
      expect.objectContaining({ code: 'RESET', fields: [expect.objectContaining({ field: 'after' })] }),
    ]);
  });

  it("a customer of another organization is refused, with or without after", async () => {
    const ticket = await create();
    const alfa = await t.login('alfa@demo.local');
    for (const after of [ticket.changeVersion!, 0]) expect(await errorsOf(ticket.id, after, alfa)).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });
});
