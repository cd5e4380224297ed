/** Topics and the arguments `publish` takes for each: `[payload]`, or `[id, payload]` for per-id topics. */
export type TopicMap = Record<string, [unknown] | [string, unknown]>;

type PayloadOf<T extends [unknown] | [string, unknown]> = T extends [string, infer P] ? P : T extends [infer P] ? P : never;

/**
 * One subscriber's events, as an async iterator that also tells where it
 * stands: what a broadcast group needs to take it over exactly
 * (src/app/broadcast-groups.ts).
 */
export interface LiveSubscription<T> extends AsyncIterableIterator<T> {
  /** Events published to it so far, read or not. */
  readonly received: number;
  /** Of those, the ones not read yet. */
  readonly pending: number;
  /** Ended (returned, or too far behind): it yields nothing more, not even what is published next. */
  readonly ended: boolean;
}

// A subscriber this far behind is not reading: end its stream (the client resubscribes and refetches) rather than grow without bound.
const MAX_BUFFERED = 10_000;

/**
 * In-process publish/subscribe for GraphQL subscriptions. Each subscriber is
 * a plain async iterator over its own queue and publishing is one loop over
 * a topic's subscribers — no event objects or generator machinery per
 * subscriber, which is what a fan-out to 1 000 sockets spends its time on
 * (pnpm bench, fan-out).
 */
export class LivePubSub<Topics extends TopicMap> {
  private readonly topics = new Map<string, Set<Subscriber<unknown>>>();

  publish<K extends keyof Topics & string>(topic: K, ...args: Topics[K]): void {
    const key = args.length === 2 ? `${topic}:${args[0]}` : topic;
    const subscribers = this.topics.get(key);
    if (!subscribers) return;
    const payload = args[args.length - 1];
    for (const subscriber of subscribers) subscriber.push(payload);
  }

  subscribe<K extends keyof Topics & string>(topic: K, id?: string): LiveSubscription<PayloadOf<Topics[K]>> {
    const key = id === undefined ? topic : `${topic}:${id}`;
    let subscribers = this.topics.get(key);
    if (!subscribers) this.topics.set(key, (subscribers = new Set()));
    const subscriber: Subscriber<PayloadOf<Topics[K]>> = new Subscriber(() => {
      subscribers.delete(subscriber as Subscriber<unknown>);
      if (subscribers.size === 0 && this.topics.get(key) === subscribers) this.topics.delete(key);
    });
    subscribers.add(subscriber as Subscriber<unknown>);
    return subscriber;
  }

  /** Subscribers of a topic right now (for tests and diagnostics). */
  subscriberCount(topic: keyof Topics & string, id?: string): number {
    return this.topics.get(id === undefined ? topic : `${topic}:${id}`)?.size ?? 0;
  }
}

class Subscriber<T> implements LiveSubscription<T> {
  private buffer: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private closed = false;

  constructor(private readonly unsubscribe: () => void) {}

  private count = 0;

  push(value: T): void {
    if (this.closed) return;
    this.count += 1;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else if (this.buffer.length < MAX_BUFFERED) {
      this.buffer.push(value);
    } else {
      void this.return();
    }
  }

  get received(): number {
    return this.count;
  }

  get pending(): number {
    return this.buffer.length;
  }

  get ended(): boolean {
    return this.closed;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffer.length > 0) return Promise.resolve({ value: this.buffer.shift()!, done: false });
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.closed) {
      this.closed = true;
      this.buffer = [];
      this.unsubscribe();
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.({ value: undefined, done: true });
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error?: unknown): Promise<IteratorResult<T>> {
    void this.return();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }
}

/** `first`, then whatever `rest` yields; ending the result ends `rest`. */
export function startWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  let pending = true;
  const iterator: AsyncIterableIterator<T> = {
    next: () => {
      if (!pending) return rest.next();
      pending = false;
      return Promise.resolve({ value: first, done: false });
    },
    return: () => {
      pending = false;
      return rest.return?.() ?? Promise.resolve({ value: undefined, done: true });
    },
    throw: (error?: unknown) => {
      pending = false;
      return rest.throw?.(error) ?? Promise.reject(error);
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
