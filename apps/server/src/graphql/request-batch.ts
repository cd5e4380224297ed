import type { RequestContext } from './context.js';

type Waiter<V> = { resolve: (value: V) => void; reject: (error: unknown) => void };

/**
 * Loads asked for in the same tick of one GraphQL request go out as one call:
 * a list of 200 tickets selecting their timelines costs one query, not 200.
 * A key the batch has no entry for gets `missing` (an empty list, say).
 */
export class RequestBatch<K, V> {
  private pending = new Map<K, Waiter<V>[]>();

  constructor(
    private readonly loadMany: (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>,
    private readonly missing: V,
  ) {}

  load(key: K): Promise<V> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => void this.flush());
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const values = await this.loadMany([...batch.keys()]);
      for (const [key, waiters] of batch) for (const waiter of waiters) waiter.resolve(values.get(key) ?? this.missing);
    } catch (error) {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    }
  }
}

/** One RequestBatch per request (what it may see depends on who asks), made on first use. */
export function perRequest<K, V>(create: (ctx: RequestContext) => RequestBatch<K, V>): (ctx: RequestContext) => RequestBatch<K, V> {
  const batches = new WeakMap<RequestContext, RequestBatch<K, V>>();
  return (ctx) => {
    let batch = batches.get(ctx);
    if (!batch) batches.set(ctx, (batch = create(ctx)));
    return batch;
  };
}

/** Rows grouped under the key each belongs to, in the order they came. */
export function groupBy<K, T>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
