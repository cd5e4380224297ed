import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventStream } from '../../src/entities/realtime/event-log-entry.entity.js';
import type { QueueEventPayload } from '../../src/modules/realtime/live-hub.js';
import { AGENT1, AGENT2, ALFA, ALFA_BASIC, LEAD, PARTNER } from '../support/demo-data.js';
import { payloadText, rawSocket } from '../support/raw-socket.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTicket } from '../support/tickets.js';

const QUEUE = 'subscription { queueChanged { version kind ticket { id number } } }';
const QUEUE_NARROW = 'subscription { queueChanged { version } }';
const QUEUE_AFTER = 'subscription($after: Int) { queueChanged(after: $after) { version } }';

const upTo = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The queue versions sent to subscription `id`, in order. */
const versionsOf = (frames: readonly string[], id: string) =>
  nextFrames(frames, id).map((text) => (JSON.parse(text) as { payload: { data: { queueChanged: { version: number } } } }).payload.data.queueChanged.version);

const nextFrames = (frames: readonly string[], id: string) => frames.filter((text) => text.startsWith(`{"id":${JSON.stringify(id)},"type":"next"`));

describe('broadcast groups over graphql-ws (#17 target 5)', () => {
  let t: TestApp;
  const queueSources = () => t.app.services.live.pubSub.subscriberCount('QUEUE_CHANGED');
  const queueHead = async () => (await t.app.services.live.currentVersions())[EventStream.QUEUE];
  const websocketResults = async () => (await t.app.metrics.subscriptionResults.get()).values.find((v) => v.labels.transport === 'websocket')?.value ?? 0;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(async () => t?.close());

  it('SLA-6: one shape on two sockets shares one source and gets byte-identical payloads under each id; another viewer scope gets its own group; every result is counted', async () => {
    const agent1 = await rawSocket(t.url, await t.login(AGENT1));
    const agent2 = await rawSocket(t.url, await t.login(AGENT2));
    const lead = await rawSocket(t.url, await t.login(LEAD));
    try {
      agent1.subscribe('a', QUEUE);
      agent2.subscribe('b "2"', QUEUE);
      lead.subscribe('c', QUEUE);
      // Agents share one group, the lead (another role) has its own: two LiveHub subscribers for three subscriptions.
      await waitFor(() => queueSources() === 2, 5_000, 'two groups');
      const before = await websocketResults();
      await createTicket(t, await t.login(ALFA), ALFA_BASIC);
      await waitFor(() => [agent1, agent2, lead].every((s) => s.frames.length >= 1), 10_000, 'the queue event on every socket');
      expect(payloadText(agent2.frames, 'b "2"')).toBe(payloadText(agent1.frames, 'a'));
      expect(JSON.parse(payloadText(lead.frames, 'c'))).toEqual(JSON.parse(payloadText(agent1.frames, 'a')));
      expect((await websocketResults()) - before).toBe(3);
    } finally {
      for (const socket of [agent1, agent2, lead]) socket.close();
    }
    await waitFor(() => queueSources() === 0, 5_000, 'the groups to close with their sockets');
  });

  it('a client that unsubscribes gets no frame after; its neighbour on the same socket keeps receiving', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    try {
      agent.subscribe('stays', QUEUE_NARROW);
      agent.subscribe('leaves', QUEUE_NARROW);
      await waitFor(() => queueSources() === 1, 5_000, 'the group');
      agent.unsubscribe('leaves');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await createTicket(t, await t.login(ALFA), ALFA_BASIC);
      await waitFor(() => nextFrames(agent.frames, 'stays').length >= 1, 10_000, 'the event');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(nextFrames(agent.frames, 'leaves')).toEqual([]);
    } finally {
      agent.close();
    }
  });

  it('a resumed subscription replays, then joins the group of the same shape: events during the replay and a burst around the join arrive once each, in version order', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    try {
      agent.subscribe('live', QUEUE_AFTER, {});
      await waitFor(() => queueSources() === 1, 5_000, 'the group');
      const after = await queueHead();
      for (let i = 0; i < 3; i += 1) await createTicket(t, await t.login(ALFA), ALFA_BASIC);
      const head = await queueHead();
      await waitFor(() => versionsOf(agent.frames, 'live').at(-1) === head, 10_000, 'the live subscriber to hear them');
      // Synthetic versions past the log's, published from this process's LiveHub as it would: 20 in the very step the resumed
      // subscription's live part subscribes (before its log read returns: they wait behind the replay), one more at each of its
      // first 30 reads (so events keep coming while it drains), then one a turn: the join falls among them.
      const burst = upTo(head + 1_000, head + 1_149);
      let published = 0;
      const publishNext = () => t.app.services.live.pubSub.publish('QUEUE_CHANGED', { version: burst[published++] } as unknown as QueueEventPayload);
      const pubSub = t.app.services.live.pubSub;
      const subscribed = new Promise<void>((resolve) => {
        const spy = vi.spyOn(pubSub, 'subscribe').mockImplementationOnce((...args) => {
          spy.mockRestore();
          const live = pubSub.subscribe(...args);
          const read = live.next.bind(live);
          let reads = 0;
          live.next = () => {
            if (reads++ < 30) publishNext();
            return read();
          };
          while (published < 20) publishNext();
          resolve();
          return live;
        });
      });
      agent.subscribe('resumed', QUEUE_AFTER, { after });
      await subscribed;
      let joinedAt = -1;
      while (published < burst.length) {
        if (joinedAt < 0 && queueSources() === 1) joinedAt = published;
        publishNext();
        await new Promise(setImmediate);
      }
      // It joined once it had read all 50 events published before or while it drained, and the burst went on after it.
      expect(joinedAt).toBeGreaterThanOrEqual(50);
      expect(joinedAt).toBeLessThan(burst.length);
      expect(queueSources()).toBe(1);
      await waitFor(() => versionsOf(agent.frames, 'resumed').at(-1) === burst.at(-1), 10_000, 'the whole burst');
      expect(versionsOf(agent.frames, 'resumed')).toEqual([...upTo(after + 1, head), ...burst]);
      expect(versionsOf(agent.frames, 'live')).toEqual([...upTo(after + 1, head), ...burst]);
    } finally {
      agent.close();
    }
    await waitFor(() => queueSources() === 0, 5_000, 'the group to close with the socket');
  });

  it('a console that resumes while tickets are created: replay and live meet without a gap or a duplicate, and it ends up in the group', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    const customer = await t.login(ALFA);
    try {
      agent.subscribe('live', QUEUE_AFTER, {});
      await waitFor(() => queueSources() === 1, 5_000, 'the group');
      const after = await queueHead();
      await createTicket(t, customer, ALFA_BASIC);
      const creating = Promise.all([0, 1, 2, 3].map(() => createTicket(t, customer, ALFA_BASIC)));
      agent.subscribe('resumed', QUEUE_AFTER, { after });
      await creating;
      const head = await queueHead();
      await waitFor(() => versionsOf(agent.frames, 'resumed').at(-1) === head, 10_000, 'every event');
      await waitFor(() => queueSources() === 1, 5_000, 'the join');
      await createTicket(t, customer, ALFA_BASIC);
      const last = await queueHead();
      await waitFor(() => versionsOf(agent.frames, 'resumed').at(-1) === last, 10_000, 'the event after the join');
      expect(versionsOf(agent.frames, 'resumed')).toEqual(upTo(after + 1, last));
    } finally {
      agent.close();
    }
  });

  it('a resumed subscriber of another authorization never joins the group: the lead resumes into its own, a partner or customer is refused and holds nothing', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    const lead = await rawSocket(t.url, await t.login(LEAD));
    const partner = await rawSocket(t.url, await t.login(PARTNER));
    const customer = await rawSocket(t.url, await t.login(ALFA));
    try {
      agent.subscribe('agent', QUEUE_AFTER, {});
      await waitFor(() => queueSources() === 1, 5_000, 'the agents\' group');
      const after = (await queueHead()) - 1;
      lead.subscribe('lead', QUEUE_AFTER, { after });
      partner.subscribe('partner', QUEUE_AFTER, { after });
      customer.subscribe('customer', QUEUE_AFTER, { after });
      await waitFor(() => versionsOf(lead.frames, 'lead').length === 1, 10_000, 'the lead\'s replay');
      for (const [socket, id] of [[partner, 'partner'], [customer, 'customer']] as const) {
        await waitFor(() => socket.frames.includes(`{"id":"${id}","type":"complete"}`), 10_000, `${id} refused`);
        expect(JSON.parse(payloadText(socket.frames, id))).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
      }
      await createTicket(t, await t.login(ALFA), ALFA_BASIC);
      const head = await queueHead();
      await waitFor(() => versionsOf(lead.frames, 'lead').at(-1) === head && versionsOf(agent.frames, 'agent').at(-1) === head, 10_000, 'the event');
      // Caught up, the lead left its own source for a group — its own, not the agents'.
      expect(queueSources()).toBe(2);
      expect(versionsOf(lead.frames, 'lead')).toEqual(upTo(after + 1, head));
    } finally {
      for (const socket of [agent, lead, partner, customer]) socket.close();
    }
  });

  it('the source ending server-side (LivePubSub ends a feed 10 000 events behind) completes the subscription for the client', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    try {
      agent.subscribe('n', QUEUE_NARROW);
      await waitFor(() => queueSources() === 1, 5_000, 'the group');
      for (let version = 1_000_000; version <= 1_010_001; version += 1) t.app.services.live.pubSub.publish('QUEUE_CHANGED', { version } as unknown as QueueEventPayload);
      await waitFor(() => agent.frames.includes('{"id":"n","type":"complete"}'), 10_000, 'complete');
      expect(queueSources()).toBe(0);
    } finally {
      agent.close();
    }
  });
});
