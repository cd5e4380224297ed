import { openGraphqlSubscribers, type GraphqlSubscribers } from './live-clients.js';

const QUEUE_VERSIONS = 'subscription { queueChanged { version } }';

/**
 * A few `queueChanged` subscribers (staff on the live queue) that remember
 * every version they received and when (performance.now()), to check that each
 * got every event of a range once and in order, and when the last one arrived.
 */
export class QueueWatchers {
  private constructor(
    private readonly subscribers: GraphqlSubscribers,
    private readonly received: { version: number; at: number }[][],
    private readonly malformed: unknown[],
  ) {}

  static async open(url: string, tokens: readonly string[]): Promise<QueueWatchers> {
    const received: { version: number; at: number }[][] = tokens.map(() => []);
    const malformed: unknown[] = [];
    const subscribers = await openGraphqlSubscribers({
      url,
      tokens,
      count: tokens.length,
      batch: tokens.length,
      query: QUEUE_VERSIONS,
      onResult: (result, _at, client) => {
        const at = performance.now();
        const version = (result.data?.queueChanged as { version?: unknown } | undefined)?.version;
        if (typeof version === 'number') received[client]!.push({ version, at });
        else malformed.push(result.errors ?? result);
      },
    });
    return new QueueWatchers(subscribers, received, malformed);
  }

  get count(): number {
    return this.received.length;
  }

  /** Waits until every subscriber has `last`; the instant the slowest got it, or an error naming who lacks it. */
  async waitForVersion(last: number, timeoutMs: number): Promise<number> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const arrivals = this.received.map((list) => list.find((r) => r.version === last)?.at);
      if (arrivals.every((at) => at !== undefined)) return Math.max(...(arrivals as number[]));
      if (performance.now() > deadline) {
        const behind = this.received.map((list, i) => `subscriber ${i}: up to ${list.at(-1)?.version ?? 'nothing'}`).join(', ');
        throw new Error(`queueChanged version ${last} did not reach every subscriber within ${timeoutMs} ms (${behind})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Each subscriber got versions first..last exactly once each, in order; the problems otherwise. */
  gapsIn(first: number, last: number): string[] {
    const problems: string[] = [];
    if (this.malformed.length > 0) problems.push(`${this.malformed.length} results without a version: ${JSON.stringify(this.malformed[0]).slice(0, 200)}`);
    if (this.subscribers.errors.length > 0) problems.push(`subscriber errors: ${JSON.stringify(this.subscribers.errors[0]).slice(0, 200)}`);
    for (const [index, list] of this.received.entries()) {
      const versions = list.map((r) => r.version).filter((v) => v >= first && v <= last);
      const expected = last - first + 1;
      const inOrder = versions.every((v, i) => v === first + i);
      if (versions.length !== expected || !inOrder) {
        problems.push(`subscriber ${index} got ${versions.length} of ${expected} versions ${first}..${last}${inOrder ? '' : ' (out of order or repeated)'}`);
      }
    }
    return problems;
  }

  close(): Promise<void> {
    return this.subscribers.close();
  }
}
