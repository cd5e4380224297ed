import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BroadcastGroups, type FrameSocket } from '../../src/app/broadcast-groups.js';
import { LivePubSub } from '../../src/modules/realtime/live-pubsub.js';
import { fakeSocket, frameOf, settle, versions, type QueueTopics as Topics } from '../support/fake-frame-socket.js';

function setup(maxBufferedBytes?: number) {
  const pubSub = new LivePubSub<Topics>();
  let delivered = 0;
  let executions = 0;
  const groups = new BroadcastGroups({ serialize: (result) => JSON.stringify(result), delivered: (count) => (delivered += count), maxBufferedBytes });
  const execute = (event: unknown): Promise<ExecutionResult> => {
    executions += 1;
    return Promise.resolve({ data: { queueChanged: event as { version: number } } });
  };
  const joinOwn = (shape: string, socket: FrameSocket, id: string, source: AsyncIterator<unknown>) => groups.join(shape, { socket, id }, source, execute);
  const join = (shape: string, socket: FrameSocket, id: string) => {
    const member = joinOwn(shape, socket, id, pubSub.subscribe('QUEUE'));
    if (!member) throw new Error('declined');
    return member;
  };
  return { pubSub, groups, join, joinOwn, delivered: () => delivered, executions: () => executions };
}

describe('broadcast groups (#17 target 5)', () => {
  it('one shape: one source, one execution per event, each socket gets the frame graphql-ws would send under its own id', async () => {
    const { pubSub, groups, join, delivered, executions } = setup();
    const [a, b] = [fakeSocket(), fakeSocket()];
    join('queue', a, 'q-1');
    join('queue', b, 'q "2"');
    // The newcomer's own source is closed: the group listens once.
    expect(pubSub.subscriberCount('QUEUE')).toBe(1);
    expect(groups.size).toBe(1);
    pubSub.publish('QUEUE', { version: 1 });
    await settle();
    const payload = { data: { queueChanged: { version: 1 } } };
    expect(a.frames).toEqual([frameOf('q-1', payload)]);
    expect(b.frames).toEqual([frameOf('q "2"', payload)]);
    expect(executions()).toBe(1);
    expect(delivered()).toBe(2);
  });

  it('a newcomer gets every event published after it joined and none before, even those the group has not sent yet; a source that still owes an event is declined until it has read it', async () => {
    const { pubSub, join, joinOwn } = setup();
    const [first, late, declined] = [fakeSocket(), fakeSocket(), fakeSocket()];
    // A source holding an event (published between its subscription and its join) is declined, even with no group yet: the per-subscriber path serves it.
    const creatorSource = pubSub.subscribe('QUEUE');
    pubSub.publish('QUEUE', { version: 1 });
    expect(joinOwn('queue', first, 'first', creatorSource)).toBeUndefined();
    expect(await creatorSource.next()).toEqual({ value: { version: 1 }, done: false });
    // Read: it owes nothing and founds the group with its source.
    expect(joinOwn('queue', first, 'first', creatorSource)).toBeDefined();
    pubSub.publish('QUEUE', { version: 2 });
    // Event 2 is still on its way (the group has not taken it yet): the newcomer joined after it.
    join('queue', late, 'late');
    const early = pubSub.subscribe('QUEUE');
    pubSub.publish('QUEUE', { version: 3 });
    expect(joinOwn('queue', declined, 'declined', early)).toBeUndefined();
    await settle();
    expect(versions(first)).toEqual([2, 3]);
    expect(versions(late)).toEqual([3]);
    expect(declined.frames).toEqual([]);
  });

  it('an ended source (LivePubSub ends a subscriber 10 000 events behind) is never joined: its subscription must end', async () => {
    const { pubSub, join, joinOwn } = setup();
    join('queue', fakeSocket(), 'member');
    const behind = pubSub.subscribe('QUEUE');
    for (let version = 0; version <= 10_000; version += 1) pubSub.publish('QUEUE', { version });
    expect(behind.pending).toBe(0);
    expect(joinOwn('queue', fakeSocket(), 'behind', behind)).toBeUndefined();
  });

  it('a source that cannot tell what it holds is never joined', () => {
    const { groups } = setup();
    const uncounted: AsyncIterator<unknown> = { next: () => new Promise(() => undefined) };
    expect(groups.join('queue', { socket: fakeSocket(), id: '1' }, uncounted, () => Promise.resolve({ data: null }))).toBeUndefined();
  });

  it('different shapes (another viewer scope) never share a group', async () => {
    const { pubSub, groups, join } = setup();
    const [a, b] = [fakeSocket(), fakeSocket()];
    join('queue as AGENT', a, '1');
    join('queue as LEAD', b, '1');
    expect(groups.size).toBe(2);
    expect(pubSub.subscriberCount('QUEUE')).toBe(2);
  });

  it('unsubscribing removes the sink at once: no frame follows; the last one out closes the source', async () => {
    const { pubSub, groups, join } = setup();
    const [a, b] = [fakeSocket(), fakeSocket()];
    const first = join('queue', a, '1');
    const second = join('queue', b, '2');
    const waiting = first.next();
    await first.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    pubSub.publish('QUEUE', { version: 1 });
    await settle();
    expect(a.frames).toEqual([]);
    expect(b.frames).toHaveLength(1);
    await second.return!();
    expect(groups.size).toBe(0);
    expect(pubSub.subscriberCount('QUEUE')).toBe(0);
  });

  it('a socket with more than the bound waiting to be written is ended (complete), the others keep receiving', async () => {
    const { pubSub, join, delivered } = setup(1_000);
    const [slow, fast] = [fakeSocket(), fakeSocket()];
    const stalled = join('queue', slow, 'slow');
    join('queue', fast, 'fast');
    const ended = stalled.next();
    slow.bufferedAmount = 1_001;
    pubSub.publish('QUEUE', { version: 1 });
    expect(await ended).toEqual({ value: undefined, done: true });
    pubSub.publish('QUEUE', { version: 2 });
    await settle();
    expect(slow.frames).toEqual([]);
    expect(fast.frames).toHaveLength(2);
    expect(delivered()).toBe(2);
  });

  it('a socket no longer open is skipped (its close ends the subscription through graphql-ws)', async () => {
    const { pubSub, join, delivered } = setup();
    const [closing, open] = [fakeSocket(), fakeSocket()];
    join('queue', closing, '1');
    join('queue', open, '1');
    closing.readyState = 2;
    pubSub.publish('QUEUE', { version: 1 });
    await settle();
    expect(closing.frames).toEqual([]);
    expect(delivered()).toBe(1);
  });

  it('the source ending completes every member; a later subscriber starts a new group', async () => {
    const { pubSub, groups, join } = setup();
    const members = [join('queue', fakeSocket(), '1'), join('queue', fakeSocket(), '2')];
    const waiting = members.map((member) => member.next());
    // LivePubSub ends a subscriber 10 000 events behind: the group's own source.
    for (let version = 0; version <= 10_001; version += 1) pubSub.publish('QUEUE', { version });
    expect(await Promise.all(waiting)).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
    expect(groups.size).toBe(0);
    const socket = fakeSocket();
    join('queue', socket, '3');
    pubSub.publish('QUEUE', { version: 1 });
    await settle();
    expect(socket.frames).toHaveLength(1);
  });

  it('an execution that throws fails every member (graphql-ws sends error) and closes the source', async () => {
    const pubSub = new LivePubSub<Topics>();
    const groups = new BroadcastGroups({ serialize: (result) => JSON.stringify(result), delivered: () => undefined });
    const member = groups.join('queue', { socket: fakeSocket(), id: '1' }, pubSub.subscribe('QUEUE'), () => Promise.reject(new Error('boom')));
    const waiting = member!.next();
    pubSub.publish('QUEUE', { version: 1 });
    await expect(waiting).rejects.toThrow('boom');
    expect(pubSub.subscriberCount('QUEUE')).toBe(0);
    expect(groups.size).toBe(0);
  });
});
