import { describe, expect, it } from 'vitest';
import { LivePubSub } from '../../src/modules/realtime/live-pubsub.js';

type Topics = { QUEUE: [number]; TICKET: [string, string] };

describe('LivePubSub', () => {
  it('delivers each event once to every subscriber of the topic, in order, buffering what is not read yet', async () => {
    const pubSub = new LivePubSub<Topics>();
    const first = pubSub.subscribe('QUEUE');
    const second = pubSub.subscribe('QUEUE');
    pubSub.publish('QUEUE', 1);
    pubSub.publish('QUEUE', 2);
    expect(await first.next()).toEqual({ value: 1, done: false });
    expect(await first.next()).toEqual({ value: 2, done: false });
    expect(await second.next()).toEqual({ value: 1, done: false });
    const waiting = first.next();
    pubSub.publish('QUEUE', 3);
    expect(await waiting).toEqual({ value: 3, done: false });
  });

  it('per-id topics reach only the subscribers of that id', async () => {
    const pubSub = new LivePubSub<Topics>();
    const seven = pubSub.subscribe('TICKET', '7');
    const eight = pubSub.subscribe('TICKET', '8');
    pubSub.publish('TICKET', '7', 'seven');
    expect(await seven.next()).toEqual({ value: 'seven', done: false });
    pubSub.publish('TICKET', '8', 'eight');
    expect(await eight.next()).toEqual({ value: 'eight', done: false });
  });

  it('return() ends a waiting next() and unsubscribes; the topic is forgotten when empty', async () => {
    const pubSub = new LivePubSub<Topics>();
    const live = pubSub.subscribe('QUEUE');
    expect(pubSub.subscriberCount('QUEUE')).toBe(1);
    const waiting = live.next();
    await live.return!();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(pubSub.subscriberCount('QUEUE')).toBe(0);
    pubSub.publish('QUEUE', 1);
    expect(await live.next()).toEqual({ value: undefined, done: true });
  });

  it('a subscriber that stops reading is ended, not buffered without bound', async () => {
    const pubSub = new LivePubSub<Topics>();
    const stalled = pubSub.subscribe('QUEUE');
    for (let i = 0; i <= 10_000; i += 1) pubSub.publish('QUEUE', i);
    expect(pubSub.subscriberCount('QUEUE')).toBe(0);
    expect(await stalled.next()).toEqual({ value: undefined, done: true });
  });
});
