import { BenchChild, startAll } from './bench-child.js';
import type { Side, SubscriberProblems, WaitArgs } from './subscriber-child.js';

/**
 * The parent's handle on several subscriber children (subscriber-child.ts):
 * opens a number of clients spread evenly over them, waits until every client
 * has a key, and gathers the receipt instants. The children start with only
 * PATH in their environment and inherit this process's limit on open files.
 */
export class SubscriberPool {
  private constructor(private readonly children: readonly BenchChild[]) {}

  static async start(processes: number, label: string, onStarted: (child: BenchChild) => void): Promise<SubscriberPool> {
    const module = new URL('./subscriber-child.js', import.meta.url);
    const children = await startAll(
      Array.from({ length: processes }, (_, i) => () => BenchChild.start(`${label} ${i + 1}`, module, {})),
      onStarted,
    );
    return new SubscriberPool(children);
  }

  get processes(): number {
    return this.children.length;
  }

  get pids(): (number | undefined)[] {
    return this.children.map((child) => child.pid);
  }

  /** How many of `total` clients child `index` holds. */
  share(total: number, index: number): number {
    return Math.floor(total / this.children.length) + (index < total % this.children.length ? 1 : 0);
  }

  /** Opens `total` clients of one kind, spread over the children, each child in batches of `batch`. */
  async open(side: Side, total: number, args: Record<string, unknown>): Promise<void> {
    const opened = await Promise.all(
      this.children.map((child, index) => {
        const count = this.share(total, index);
        return count === 0 ? 0 : child.request<number>(side, { ...args, count }, 600_000);
      }),
    );
    const sum = opened.reduce((a, b) => a + b, 0);
    if (sum !== total) throw new Error(`${side}: ${sum} clients opened, expected ${total}`);
  }

  /** Waits until every client holds one same key (`above` or `equals`); returns it. */
  async waitAll(side: Side, total: number, select: { above?: number; equals?: number }, timeoutMs: number): Promise<number> {
    const keys = await Promise.all(
      this.children.map((child, index) => {
        const count = this.share(total, index);
        if (count === 0) return Promise.resolve(null);
        const args: WaitArgs = { side, count, timeoutMs, ...select };
        return child.request<number>('wait', args, timeoutMs + 5_000);
      }),
    );
    const distinct = [...new Set(keys.filter((key): key is number => key !== null))];
    if (distinct.length !== 1) throw new Error(`${side}: the subscriber processes completed different keys (${distinct.join(', ')})`);
    return distinct[0]!;
  }

  /** Every child's receipt instants of `key`, forgotten there. */
  async take(side: Side, key: number): Promise<number[]> {
    const lists = await Promise.all(this.children.map((child) => child.request<number[]>('take', { side, key })));
    return lists.flat();
  }

  /** Keys received but not taken, on any child. */
  async strayKeys(side: Side): Promise<number[]> {
    const lists = await Promise.all(this.children.map((child) => child.request<number[]>('keys', { side })));
    return [...new Set(lists.flat())].sort((a, b) => a - b);
  }

  async problems(): Promise<SubscriberProblems> {
    const all = await Promise.all(this.children.map((child) => child.request<SubscriberProblems>('problems')));
    const first = all.find((p) => p.first !== null)?.first ?? null;
    return { count: all.reduce((sum, p) => sum + p.count, 0), first, sample: all.find((p) => p.sample !== null)?.sample ?? null };
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.children.map((child) => child.stop(30_000)));
  }
}
