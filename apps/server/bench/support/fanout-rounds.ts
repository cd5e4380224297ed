import type { BenchChild, CpuUsage } from './bench-child.js';
import type { ServerChildInfo, ServerMarks } from './server-child.js';

/** One publish of a fan-out benchmark, on either side. */
export interface Round {
  /** Product: the queue version; baseline: the broadcast's sequence number. */
  readonly key: number;
  readonly sent: number;
  readonly answered: number;
  /** Baseline: when broadcast() was called (the product's publish instant comes from the server's marks). */
  readonly published: number | null;
  readonly receipts: number[];
  /** Server CPU (user + system) from before the trigger to the last receipt, ms. */
  readonly cpuMs: number;
  /** How long that took, ms (the idle cost of the open sockets over it is taken out). */
  readonly wallMs: number;
}

/** `work`, with the CPU a child process spent meanwhile (ms, user + system) and the wall time it took (ms). */
export async function cpuMs<T>(child: BenchChild<unknown>, work: () => Promise<T>): Promise<[T, number, number]> {
  const before = await child.request<CpuUsage>('cpu');
  const started = performance.now();
  const result = await work();
  const wall = performance.now() - started;
  const after = await child.request<CpuUsage>('cpu');
  return [result, (after.user - before.user + after.system - before.system) / 1000, wall];
}

/** CPU ms per ms of wall time of a server doing nothing but keep its sockets (graphql-ws pings every socket every KEEP_ALIVE_MS, 30 s; bare ws does not). */
export async function idleCpuRate(child: BenchChild<unknown>, probeMs: number): Promise<number> {
  const [, cpu, wall] = await cpuMs(child, () => new Promise((resolve) => setTimeout(resolve, probeMs)));
  return cpu / wall;
}

/** Latencies from the publish instant and from the trigger, and each round's first and last receipt after the publish. */
export function collect(rounds: readonly Round[], publishedAt: (round: Round) => number) {
  const out = { latency: [] as number[], e2e: [] as number[], first: [] as number[], last: [] as number[] };
  for (const round of rounds) {
    const published = publishedAt(round);
    let first = Infinity;
    let last = -Infinity;
    for (const at of round.receipts) {
      out.latency.push(at - published);
      out.e2e.push(at - round.sent);
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
    out.first.push(first - published);
    out.last.push(last - published);
  }
  return out;
}

/** Waits until the server's LiveHub has published something since the last look (the mutation's event, read back from the log). */
export async function waitForLiveMark(server: BenchChild<ServerChildInfo>, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const marks = await server.request<ServerMarks>('marks');
    if (marks.live.some((mark) => mark.topic === 'QUEUE_CHANGED')) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the server published no queue event within ${timeoutMs} ms of the mutation`);
}

