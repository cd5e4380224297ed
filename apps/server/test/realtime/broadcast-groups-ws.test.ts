import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueEventPayload } from '../../src/modules/realtime/live-hub.js';
import { AGENT1, AGENT2, ALFA, ALFA_BASIC, LEAD } from '../support/demo-data.js';
import { payloadText, rawSocket } from '../support/raw-socket.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTicket } from '../support/tickets.js';

const QUEUE = 'subscription { queueChanged { version kind ticket { id number } } }';
const QUEUE_NARROW = 'subscription { queueChanged { version } }';
const QUEUE_AFTER = 'subscription($after: Int) { queueChanged(after: $after) { version } }';

const nextFrames = (frames: readonly string[], id: string) => frames.filter((text) => text.startsWith(`{"id":${JSON.stringify(id)},"type":"next"`));

describe('broadcast groups over graphql-ws (#17 target 5)', () => {
  let t: TestApp;
  const queueSources = () => t.app.services.live.pubSub.subscriberCount('QUEUE_CHANGED');
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

  it('a resumed subscription (after) replays on its own source, not in the group', async () => {
    const agent = await rawSocket(t.url, await t.login(AGENT1));
    try {
      agent.subscribe('live', QUEUE_AFTER, {});
      agent.subscribe('resumed', QUEUE_AFTER, { after: 0 });
      await waitFor(() => queueSources() === 2, 5_000, 'a group and a resumed subscription');
      // Both tickets created above are replayed to the resumed one; the live one hears nothing yet.
      await waitFor(() => nextFrames(agent.frames, 'resumed').length >= 2, 10_000, 'the replay');
      expect(nextFrames(agent.frames, 'live')).toEqual([]);
    } finally {
      agent.close();
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
