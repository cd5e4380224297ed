import type { LiveSubscription } from './live-pubsub.js';

/** A versioned event (queue move, SLA alert): versions increase in the order LiveHub publishes them. */
export interface Versioned {
  readonly version?: number | null;
}

/**
 * A resumed subscription's source (#16) that also tells a broadcast group
 * when it may be taken over (#17 target 5): like a LiveSubscription, plus
 * whether it still drops live events.
 */
export interface ResumedSource<T> extends LiveSubscription<T> {
  /**
   * False while the resume point is beyond every version its live part has
   * carried: live events up to `after` are still to be dropped (the client
   * holds them), which a group, sending every event, would not do.
   */
  readonly caughtUp: boolean;
}

const versionOf = (event: Versioned): number => event.version ?? 0;

/**
 * The replayed events (`replay`, read from the log up to `publishedUpTo`,
 * this process's published version when `live` was subscribed), then the
 * events of `live` numbered above `after`; ending it ends `live`.
 *
 * `received` and `ended` are `live`'s; `pending` is the replay not yet read plus `live`'s
 * unread events — everything published before now that it will still yield.
 * When `pending` is 0 and it is caught up, what it yields from then on is
 * exactly what is published from then on: a fresh subscriber's position.
 */
export function replayThenLive<T extends Versioned>(replay: readonly T[], live: LiveSubscription<T>, after: number, publishedUpTo: number): ResumedSource<T> {
  const queued = [...replay];
  // Every version up to publishedUpTo reached this process before `live` existed: nothing of `live` is at or below `after`.
  let caughtUp = publishedUpTo >= after;
  const iterator: ResumedSource<T> = {
    next: async () => {
      if (queued.length > 0) return { value: queued.shift()!, done: false };
      for (;;) {
        const result = await live.next();
        if (result.done) return result;
        const version = versionOf(result.value);
        // LiveHub publishes in version order: once `after` itself went by, nothing later is dropped.
        if (version >= after) caughtUp = true;
        if (version > after) return result;
      }
    },
    return: () => {
      queued.length = 0;
      return live.return?.() ?? Promise.resolve({ value: undefined, done: true });
    },
    throw: (error?: unknown) => {
      queued.length = 0;
      return live.throw?.(error) ?? Promise.reject(error);
    },
    get received() {
      return live.received;
    },
    get pending() {
      return queued.length + live.pending;
    },
    get ended() {
      return live.ended;
    },
    get caughtUp() {
      return caughtUp;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
