import { GraphQLInt, GraphQLObjectType, GraphQLSchema, parse, type ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BroadcastGroups, type Sink } from '../../src/app/broadcast-groups.js';
import { Role } from '../../src/entities/auth/role.enum.js';
import type { Actor } from '../../src/graphql/actor.js';
import { LIVE_FEED } from '../../src/graphql/live-feed.js';
import { sharedSubscribe } from '../../src/graphql/shared-subscription-execution.js';
import { LivePubSub } from '../../src/modules/realtime/live-pubsub.js';
import { replayThenLive } from '../../src/modules/realtime/replay-then-live.js';
import { fakeSocket, frameOf, settle, versions, type FakeSocket, type QueueTopics as Topics } from '../support/fake-frame-socket.js';

/**
 * The whole chain below graphql-ws, over a real LivePubSub: sharedSubscribe
 * (key, offers at each next()) → BroadcastGroups, with a schema whose
 * `queueChanged(after:)` resumes like LiveHub's — live subscribed first, the
 * log read after an await (more events may be published meanwhile), then
 * replay-then-live. `consume` reads a subscription the way graphql-ws does:
 * the next event is asked for once the previous frame is on the socket.
 */
function resumableFeed() {
  const pubSub = new LivePubSub<Topics>();
  const log: { version: number }[] = [];
  const publish = (count = 1) => {
    for (let i = 0; i < count; i += 1) {
      const event = { version: log.length + 1 };
      log.push(event);
      pubSub.publish('QUEUE', event);
    }
  };
  const resume = async (after: number | null) => {
    const live = pubSub.subscribe('QUEUE');
    if (after === null) return live;
    const publishedUpTo = log.length;
    await settle();
    return replayThenLive(log.slice(after, publishedUpTo), live, after, publishedUpTo);
  };
  const Event = new GraphQLObjectType({ name: 'QueueEvent', fields: { version: { type: GraphQLInt } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        queueChanged: {
          type: Event,
          args: { after: { type: GraphQLInt } },
          extensions: { [LIVE_FEED]: { resumeArgument: 'after' } },
          subscribe: (_root, args: { after?: number | null }) => resume(args.after ?? null),
          resolve: (event: unknown) => event,
        },
      },
    }),
  });
  const groups = new BroadcastGroups({ serialize: (result) => JSON.stringify(result), delivered: () => undefined });
  const sinks = new WeakMap<object, Sink>();
  const subscribe = sharedSubscribe({ join: (shape, args, source, execute) => groups.join(shape, sinks.get(args.contextValue as object)!, source, execute) });
  const subscription = async (query: string, variables: Record<string, unknown>, options: { actor?: Partial<Actor>; socket?: ReturnType<typeof fakeSocket>; id?: string } = {}) => {
    const socket = options.socket ?? fakeSocket();
    const id = options.id ?? 'q';
    const contextValue = { actor: { ...AGENT, ...options.actor } };
    sinks.set(contextValue, { socket, id });
    const result = await subscribe({ schema, document: parse(query), variableValues: variables, contextValue });
    if (!(Symbol.asyncIterator in result)) throw new Error(JSON.stringify(result));
    return { socket, iterator: result[Symbol.asyncIterator]() };
  };
  return { pubSub, groups, publish, subscription };
}

const AGENT: Actor = { userId: 1, role: Role.AGENT, organizationId: null, organizationAdmin: false, visibleOrganizationIds: null, viaApiToken: false };
const LIVE = 'subscription { queueChanged { version } }';
const RESUMED = 'subscription($after: Int) { queueChanged(after: $after) { version } }';

/** Reads like graphql-ws: a frame per result, then (after `pause`) the next one; what it read is in the socket's frames. */
function consume(subscription: { socket: FakeSocket; iterator: AsyncIterator<ExecutionResult> }, id = 'q', pause: () => Promise<unknown> = settle) {
  return (async () => {
    for (;;) {
      const step = await subscription.iterator.next();
      if (step.done) return;
      subscription.socket.send(frameOf(id, step.value));
      await pause();
    }
  })();
}

/** Resolves once `condition` holds (checked every tick, for at most a second). */
async function until(condition: () => boolean): Promise<void> {
  for (let tick = 0; !condition(); tick += 1) {
    if (tick > 1_000) throw new Error(`never: ${condition.toString()}`);
    await settle();
  }
}

const upTo = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('resumed subscribers join their broadcast group once caught up (#17 target 5)', () => {
  it('replay, events published during the replay and bursts around the join: each version once, in order, and the resumed subscriber ends up in the group', async () => {
    const { pubSub, groups, publish, subscription } = resumableFeed();
    publish(5);
    const fresh = await subscription(LIVE, {});
    void consume(fresh);
    const resuming = subscription(RESUMED, { after: 2 });
    // Published after its live part subscribed, before the log read returns: live, not replayed.
    publish(2);
    const resumed = await resuming;
    expect(pubSub.subscriberCount('QUEUE')).toBe(2);
    const reading = consume(resumed);
    // Bursts while the replay drains (3 a tick, faster than it reads), then one every other tick: it catches up and joins between two.
    let joinedAt = -1;
    for (let tick = 0; tick < 40; tick += 1) {
      publish(tick < 5 ? 3 : tick % 2);
      await settle();
      if (joinedAt < 0 && pubSub.subscriberCount('QUEUE') === 1) joinedAt = tick;
    }
    // It joined while events kept coming: some before the join, some after it.
    expect(joinedAt).toBeGreaterThan(5);
    expect(joinedAt).toBeLessThan(39);
    expect(groups.size).toBe(1);
    publish(2);
    // 7 + 15 + 18 + 2 = 42 published.
    await until(() => versions(resumed.socket).length === 40 && versions(fresh.socket).length === 37);
    await settle();
    expect(versions(resumed.socket)).toEqual(upTo(3, 42));
    expect(versions(fresh.socket)).toEqual(upTo(6, 42));
    await resumed.iterator.return!();
    await reading;
  });

  it('a resumed subscriber alone founds the group with its own source', async () => {
    const { pubSub, groups, publish, subscription } = resumableFeed();
    publish(3);
    const resumed = await subscription(RESUMED, { after: 0 });
    void consume(resumed);
    await until(() => groups.size === 1);
    publish(1);
    const newcomer = await subscription(LIVE, {});
    expect(pubSub.subscriberCount('QUEUE')).toBe(1);
    publish(2);
    await until(() => versions(resumed.socket).length === 6 && versions(newcomer.socket).length === 2);
    await settle();
    expect(versions(resumed.socket)).toEqual(upTo(1, 6));
    expect(versions(newcomer.socket)).toEqual([5, 6]);
  });

  it('a slow resumed subscriber stays on its own path while it has unread events, and joins when it has read them all', async () => {
    const { pubSub, publish, subscription } = resumableFeed();
    const fresh = await subscription(LIVE, {});
    void consume(fresh);
    publish(2);
    const resumed = await subscription(RESUMED, { after: 1 });
    // It reads one event at a time, when the test lets it.
    let release: (() => void) | null = null;
    const reading = consume(resumed, 'q', () => new Promise<void>((resolve) => (release = resolve)));
    const readOne = async () => {
      await until(() => release !== null);
      const next = release!;
      release = null;
      next();
    };
    await until(() => release !== null);
    publish(50);
    // It read version 2 and waits, 50 unread: its own source stays, however long it waits.
    for (let read = 0; read < 50; read += 1) {
      await settle();
      expect(pubSub.subscriberCount('QUEUE')).toBe(2);
      await readOne();
    }
    await readOne();
    await until(() => pubSub.subscriberCount('QUEUE') === 1);
    publish(1);
    await until(() => versions(resumed.socket).length === 52);
    expect(versions(resumed.socket)).toEqual(upTo(2, 53));
    await resumed.iterator.return!();
    await reading;
  });

  it('a resume point ahead of what this process has published: live events up to it are dropped, and it joins only after they went by', async () => {
    const { pubSub, publish, subscription } = resumableFeed();
    const fresh = await subscription(LIVE, {});
    void consume(fresh);
    publish(3);
    // The client holds version 5 (read elsewhere): versions 4 and 5 have not reached this process yet.
    const resumed = await subscription(RESUMED, { after: 5 });
    void consume(resumed);
    await settle();
    expect(pubSub.subscriberCount('QUEUE')).toBe(2);
    publish(2);
    await until(() => versions(fresh.socket).length === 5);
    // 4 and 5 dropped: still on its own path, waiting for its first event.
    expect(versions(resumed.socket)).toEqual([]);
    expect(pubSub.subscriberCount('QUEUE')).toBe(2);
    publish(1);
    await until(() => pubSub.subscriberCount('QUEUE') === 1);
    publish(1);
    await until(() => versions(fresh.socket).length === 7);
    await settle();
    expect(versions(resumed.socket)).toEqual([6, 7]);
  });

  it('another viewer scope resuming never joins the group of the first; the same scope with another resume point or none at all does', async () => {
    const { pubSub, groups, publish, subscription } = resumableFeed();
    publish(2);
    const agent = await subscription(LIVE, {});
    void consume(agent);
    const others = [
      await subscription(RESUMED, { after: 1 }, { actor: { role: Role.TEAM_LEAD } }),
      await subscription(RESUMED, { after: 0 }, { actor: { visibleOrganizationIds: [7] } }),
    ];
    const same = [await subscription(RESUMED, { after: 0 }), await subscription(RESUMED, {}), await subscription('subscription { queueChanged(after: 1) { version } }', {})];
    for (const resumed of [...others, ...same]) void consume(resumed);
    await until(() => pubSub.subscriberCount('QUEUE') === 3);
    publish(1);
    await until(() => versions(same[1]!.socket).length === 1);
    await settle();
    // The agents' group and one per other scope; every same-scope subscriber is in the agents' group.
    expect(groups.size).toBe(3);
    expect(pubSub.subscriberCount('QUEUE')).toBe(3);
    expect(versions(others[0]!.socket)).toEqual([2, 3]);
    expect(versions(others[1]!.socket)).toEqual([1, 2, 3]);
    expect(versions(same[0]!.socket)).toEqual([1, 2, 3]);
    expect(versions(same[1]!.socket)).toEqual([3]);
    expect(versions(same[2]!.socket)).toEqual([2, 3]);
  });
});
