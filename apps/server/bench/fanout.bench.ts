import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { formatMs, skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { median, summarize, type Summary } from './stats.js';
import { BenchChild, startAll } from './support/bench-child.js';
import { createBenchTicket } from './support/bench-ticket.js';
import { CriticalityToggle, type ToggleResult } from './support/criticality-toggle.js';
import { collect, cpuMs, idleCpuRate, waitForLiveMark, type Round } from './support/fanout-rounds.js';
import { KeepAliveClient } from './support/http-client.js';
import { openFileLimit } from './support/live-clients.js';
import { monotonicMs } from './support/monotonic.js';
import type { MemoryReading } from './support/process-probes.js';
import { createScratchDatabase, redact, type ScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv, queueVersion } from './support/product-server.js';
import type { ServerChildInfo, ServerMarks } from './support/server-child.js';
import { SubscriberPool } from './support/subscriber-pool.js';
import type { BroadcastResult, WsChildInfo } from './support/ws-broadcast-child.js';

export const FANOUT_BENCH = 'fan-out WS: publish → receive';
const FANOUT_CPU = 'fan-out WS: server CPU per publish';
const FANOUT_MEMORY = 'fan-out WS: memory per idle subscriber';
const FANOUT_E2E = 'fan-out WS: mutation sent → receive';
const TARGET_P99_MS = 250;
const TARGET_CPU_RATIO = 2;
const TARGET_BYTES_PER_SUBSCRIBER = 30 * 1024;

export interface FanoutOptions {
  /** Subscribed clients per side (issue: 10 000). */
  readonly clients: number;
  /** Measured publishes per side. */
  readonly publishes: number;
  readonly warmup: number;
  /** Clients each subscriber process opens at once; the next batch waits for this one's acknowledgements. */
  readonly batch: number;
  /** Processes holding the clients (both sides' clients spread over them). */
  readonly clientProcesses: number;
  /** 'sqlite' (default: the embedded database in a temp DATA_DIR) or 'postgresql' (a scratch database). */
  readonly database: 'sqlite' | 'postgresql';
  /** How long each server's CPU is watched with the sockets open and nothing published. */
  readonly idleProbeMs: number;
  /** When set, the product server writes a CPU profile of the measured publishes here. */
  readonly profileDir: string | null;
  /**
   * When set, every client subscribes as the console does — `queueChanged(after:)` with the version read from
   * `queue` minus this many, so it replays that many events — instead of live only (#17, resumed subscribers).
   */
  readonly resumeBehind: number | null;
}

export function fanoutOptionsFrom(env: NodeJS.ProcessEnv = process.env): FanoutOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  return {
    clients: int('BENCH_FANOUT_CLIENTS', 10_000),
    publishes: int('BENCH_FANOUT_PUBLISHES', 30),
    warmup: int('BENCH_FANOUT_WARMUP', 5),
    batch: int('BENCH_FANOUT_BATCH', 50),
    clientProcesses: Math.max(1, int('BENCH_FANOUT_CLIENT_PROCESSES', 4)),
    database: env.BENCH_FANOUT_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite',
    idleProbeMs: int('BENCH_FANOUT_IDLE_MS', 3_000),
    profileDir: env.BENCH_FANOUT_PROFILE_DIR?.trim() || null,
    resumeBehind: env.BENCH_FANOUT_RESUME_BEHIND?.trim() ? int('BENCH_FANOUT_RESUME_BEHIND', 0) : null,
  };
}

const QUEUE_EVENT_FIELDS = 'version kind position ticket { id number priority status }';
export const QUEUE_CHANGED = `subscription { queueChanged { ${QUEUE_EVENT_FIELDS} } }`;
const QUEUE_CHANGED_AFTER = `subscription($after: Int) { queueChanged(after: $after) { ${QUEUE_EVENT_FIELDS} } }`;
export const STAFF = ['lead@demo.local', 'agent1@demo.local', 'agent2@demo.local'];


/**
 * SLA-6 live queue at a vendor's scale (#17 target 5): 10 000 graphql-ws
 * clients subscribed to `queueChanged` on one server process, a real ticket
 * change per publish, against a bare `ws` server broadcasting a message of the
 * same size to 10 000 clients, the `ws` README way (serialize once, send to
 * each). Each server runs alone in a child process; the clients of both sides
 * live in several other processes; publishes interleave.
 *
 * "publish" is the instant the server's LiveHub hands the event to its GraphQL
 * subscribers (instrumented in server-child.ts) and, for the baseline, the
 * instant broadcast() is called; both on the machine's monotonic clock, which
 * every process here shares.
 *
 * Server CPU per publish counts from the trigger to the last receipt. The
 * product's also pays for the mutation (HTTP, transaction, event log): that
 * part is measured alone first, with no subscriber; the idle cost of the open
 * sockets over each publish (graphql-ws pings every socket every KEEP_ALIVE_MS, 30 s) is
 * measured with nothing published and taken out on both sides; the CPU row
 * compares what the fan-out adds with what the bare broadcast costs.
 */
export async function fanoutBench(context: BenchContext, options: FanoutOptions = fanoutOptionsFrom()): Promise<BenchRow[]> {
  const limit = openFileLimit();
  const needed = options.clients + 512;
  if (limit !== null && limit < needed) {
    return [skipRow(FANOUT_BENCH, `skipped: a process may open ${limit} files, the server needs ~${needed} (${options.clients} sockets); run \`ulimit -n ${needed * 2}\` first`)];
  }
  if (options.database === 'postgresql' && !context.postgres.reachable) {
    return [skipRow(FANOUT_BENCH, `skipped: BENCH_FANOUT_DATABASE=postgresql but PostgreSQL is not reachable at ${redact(context.postgres.adminUrl)}`)];
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-fanout-'));
  let database: ScratchDatabase | null = null;
  let product: BenchChild<ServerChildInfo> | null = null;
  let baseline: BenchChild<WsChildInfo> | null = null;
  let pool: SubscriberPool | null = null;
  let http: KeepAliveClient | null = null;
  const children: BenchChild<unknown>[] = [];
  const forget = context.onCleanup(async () => {
    for (const child of children) child.kill();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  try {
    const env = productServerEnv({ DATA_DIR: dataDir });
    if (options.database === 'postgresql' && context.postgres.reachable) {
      database = await createScratchDatabase(context.postgres.adminUrl);
      env.DATABASE_URL = database.url;
    }
    const startedAt = performance.now();
    const [productChild, baselineChild] = await startAll<unknown>(
      [
        () => BenchChild.start<ServerChildInfo>('product server', new URL('./support/server-child.js', import.meta.url), env),
        () => BenchChild.start<WsChildInfo>('ws baseline', new URL('./support/ws-broadcast-child.js', import.meta.url), {}),
      ],
      (child) => children.push(child),
    );
    product = productChild as BenchChild<ServerChildInfo>;
    baseline = baselineChild as BenchChild<WsChildInfo>;
    pool = await SubscriberPool.start(options.clientProcesses, 'subscribers', (child) => children.push(child));
    const roundTrip = Math.max(await product.clockCheck(), await baseline.clockCheck());
    context.log(
      `product server ${product.info.url} (pid ${product.pid}, ${database ? `PostgreSQL ${database.name}` : `SQLite in ${dataDir}`}), ` +
        `bare ws server ${baseline.info.url} (pid ${baseline.pid}), ${pool.processes} subscriber processes (pids ${pool.pids.join(', ')}); ` +
        `started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; shared monotonic clock checked (IPC round trip ${roundTrip.toFixed(2)} ms)`,
    );

    const client = (http = new KeepAliveClient(product.info.url));
    const tokens = await Promise.all(STAFF.map((email) => loginAs(client, email)));
    const headers = { authorization: `Bearer ${tokens[0]}` };
    const toggle = new CriticalityToggle(client, headers, await createBenchTicket(client, headers));

    // The mutation's own cost, with nobody listening (also the JIT's warm-up): what every publish pays before any fan-out.
    const alone: number[] = [];
    for (let round = 0; round < options.warmup + options.publishes; round += 1) {
      const [, cpu] = await cpuMs(product, async () => {
        await toggle.flip();
        await waitForLiveMark(product!);
      });
      if (round >= options.warmup) alone.push(cpu);
    }
    const mutationCpu = median(alone);

    // Resuming: the replayed versions (at or below the head) are not publishes; the first publish is above the head.
    const head = options.resumeBehind === null ? -1 : await queueVersion(client, headers);
    const subscription =
      options.resumeBehind === null ? { query: QUEUE_CHANGED } : { query: QUEUE_CHANGED_AFTER, variables: { after: Math.max(0, head - options.resumeBehind) } };
    const productBefore = await product.request<MemoryReading>('memory');
    let opened = performance.now();
    await pool.open('graphql', options.clients, { url: product.info.url, tokens, batch: options.batch, ...subscription, keyField: 'queueChanged' });
    const graphqlOpenMs = performance.now() - opened;

    let lastVersion = head;
    const publishProduct = async (timeoutMs = 60_000): Promise<Round> => {
      const [[trigger, key], cpu, wall] = await cpuMs(product!, async (): Promise<[ToggleResult, number]> => {
        const flipped = await toggle.flip();
        return [flipped, await pool!.waitAll('graphql', options.clients, { above: lastVersion }, timeoutMs)];
      });
      lastVersion = key;
      return { key, ...trigger, published: null, receipts: await pool!.take('graphql', key), cpuMs: cpu, wallMs: wall };
    };
    // The first publish also proves every subscription is registered (graphql-ws
    // acknowledges the connection before it has processed the subscribe message).
    for (let attempt = 1; ; attempt += 1) {
      try {
        await publishProduct(10_000);
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        lastVersion = Math.max(lastVersion, ...(await pool.strayKeys('graphql')));
      }
    }
    for (const key of await pool.strayKeys('graphql')) await pool.take('graphql', key);
    const productAfter = await product.request<MemoryReading>('memory');
    const sample = (await pool.problems()).sample;
    if (!sample) throw new Error('no queueChanged result was received');
    const productBytes = Buffer.byteLength(JSON.stringify({ id: randomUUID(), type: 'next', payload: sample }));
    await baseline.request('configure', { bytes: productBytes });

    const baselineBefore = await baseline.request<MemoryReading>('memory');
    opened = performance.now();
    await pool.open('bare', options.clients, { url: baseline.info.url, batch: options.batch });
    const bareOpenMs = performance.now() - opened;
    const bareCount = await baseline.request<number>('clients');
    if (bareCount !== options.clients) throw new Error(`the bare ws server sees ${bareCount} clients, expected ${options.clients}`);
    const baselineAfter = await baseline.request<MemoryReading>('memory');
    context.log(
      `opened ${options.clients} graphql-ws clients (batches of ${options.batch} per process, staff tokens, ` +
        `${options.resumeBehind === null ? 'queueChanged' : `queueChanged(after: ${String(subscription.variables?.after)}), ${options.resumeBehind} behind`}) in ${(graphqlOpenMs / 1000).toFixed(1)} s, ` +
        `${options.clients} bare ws clients in ${(bareOpenMs / 1000).toFixed(1)} s`,
    );

    let seq = 0;
    const publishBaseline = async (): Promise<Round> => {
      seq += 1;
      const key = seq;
      const [broadcast, cpu, wall] = await cpuMs(baseline!, async () => {
        const sent = monotonicMs();
        const result = await baseline!.request<BroadcastResult>('broadcast', { seq: key });
        await pool!.waitAll('bare', options.clients, { equals: key }, 60_000);
        return { sent, result };
      });
      return { key, sent: broadcast.sent, answered: broadcast.result.at, published: broadcast.result.at, receipts: await pool!.take('bare', key), cpuMs: cpu, wallMs: wall };
    };
    for (let round = 0; round < options.warmup; round += 1) {
      await publishBaseline();
      await publishProduct();
    }

    const [productIdle, baselineIdle] = [await idleCpuRate(product, options.idleProbeMs), await idleCpuRate(baseline, options.idleProbeMs)];
    const productRounds: Round[] = [];
    const baselineRounds: Round[] = [];
    await product.request('marks');
    if (options.profileDir) await product.request('profileStart');
    const measured = performance.now();
    for (let round = 0; round < options.publishes; round += 1) {
      if (round % 2 === 0) {
        productRounds.push(await publishProduct());
        baselineRounds.push(await publishBaseline());
      } else {
        baselineRounds.push(await publishBaseline());
        productRounds.push(await publishProduct());
      }
    }
    const measuredMs = performance.now() - measured;
    if (options.profileDir) {
      const path = await product.request<string>('profileStop', { path: join(options.profileDir, `fanout-${options.clients}-${Date.now()}.cpuprofile`) });
      context.log(`CPU profile of the product server during the measured publishes: ${path}`);
    }
    const marks = await product.request<ServerMarks>('marks');
    const stray = await pool.strayKeys('graphql');
    if (stray.length > 0) context.log(`note: ${stray.length} queue event(s) the benchmark did not cause arrived (versions ${stray.join(', ')})`);
    const problems = await pool.problems();
    if (problems.count > 0) throw new Error(`${problems.count} client errors or results without data: ${problems.first}`);

    const publishedAt = new Map(marks.live.filter((m) => m.topic === 'QUEUE_CHANGED' && m.key !== null).map((m) => [m.key!, m.at]));
    const product_ = collect(productRounds, (round) => {
      const at = publishedAt.get(round.key);
      if (at === undefined) throw new Error(`the server recorded no publish of queue version ${round.key}`);
      return at;
    });
    const baseline_ = collect(baselineRounds, (round) => round.published!);
    const delivered = productRounds.reduce((sum, round) => sum + round.receipts.length, 0);
    const expected = options.clients * options.publishes;

    const productCpu = summarize(productRounds.map((round) => round.cpuMs));
    const fanoutCpu = summarize(productRounds.map((round) => round.cpuMs - mutationCpu - productIdle * round.wallMs));
    const bareCpu = summarize(baselineRounds.map((round) => round.cpuMs - baselineIdle * round.wallMs));
    const perSubscriber = (after: MemoryReading, before: MemoryReading) => ({
      heap: (after.heapUsed - before.heapUsed) / options.clients,
      rss: (after.rss - before.rss) / options.clients,
    });
    const productMemory = perSubscriber(productAfter, productBefore);
    const bareMemory = perSubscriber(baselineAfter, baselineBefore);
    const med = (values: number[]) => formatMs(median(values));
    context.log(
      `measured ${options.publishes} publishes per side (after ${options.warmup} + probe warm-up), interleaved, in ${(measuredMs / 1000).toFixed(1)} s; ` +
        `payload ${productBytes} bytes per message on both sides; delivered ${delivered} of ${expected}`,
    );
    context.log(
      `product, medians per publish: first receipt ${med(product_.first)} ms, last ${med(product_.last)} ms after the LiveHub publish; ` +
        `mutation answered ${med(productRounds.map((r) => r.answered - r.sent))} ms after sending; ` +
        `baseline: first ${med(baseline_.first)} ms, last ${med(baseline_.last)} ms after broadcast()`,
    );
    context.log(
      `server CPU per publish (medians, user+system): product ${formatMs(productCpu.median)} ms = mutation alone ${formatMs(mutationCpu)} ms ` +
        `+ fan-out ${formatMs(fanoutCpu.median)} ms + idle sockets meanwhile; bare ws ${formatMs(bareCpu.median)} ms; ` +
        `idle (keep-alive) CPU ${formatMs(productIdle * 1000)} / ${formatMs(baselineIdle * 1000)} ms per second with the sockets open`,
    );
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    context.log(
      `memory per idle subscriber (after a full GC): product heap ${kb(productMemory.heap)} + RSS ${kb(productMemory.rss)}; ` +
        `bare ws heap ${kb(bareMemory.heap)} + RSS ${kb(bareMemory.rss)}`,
    );

    const latency = summarize(product_.latency);
    const bareLatency = summarize(baseline_.latency);
    const e2e = summarize(product_.e2e);
    const dbLabel = database ? 'PostgreSQL' : 'SQLite';
    const cpuRatio = fanoutCpu.median / bareCpu.median;
    const memoryPerSubscriber = Math.max(productMemory.heap, productMemory.rss);
    return [
      {
        name: FANOUT_BENCH,
        product: latency,
        baseline: bareLatency,
        ratio: latency.median / bareLatency.median,
        target: `p99 ≤ ${TARGET_P99_MS} ms, all delivered`,
        verdict: latency.p99 <= TARGET_P99_MS && delivered === expected ? 'PASS' : 'MISS',
        note:
          `${n(latency, bareLatency, options)}; delivered ${delivered} of ${expected}; p99 ratio ${(latency.p99 / bareLatency.p99).toFixed(2)}, ` +
          `max ${formatMs(latency.max)} / ${formatMs(bareLatency.max)} ms; publish = the LiveHub's pubSub.publish (instrumented) / broadcast(); ` +
          `last receipt after it (median) ${med(product_.last)} / ${med(baseline_.last)} ms; ${productBytes}-byte messages; ` +
          `${options.clientProcesses} client processes; ${dbLabel}`,
      },
      {
        name: FANOUT_CPU,
        product: fanoutCpu,
        baseline: bareCpu,
        ratio: cpuRatio,
        target: `ratio ≤ ${TARGET_CPU_RATIO}`,
        verdict: cpuRatio <= TARGET_CPU_RATIO ? 'PASS' : 'MISS',
        note:
          `server process CPU (user+system) from trigger to last receipt, per publish, in ms (not latency); product = total ${formatMs(productCpu.median)} ms ` +
          `− the mutation alone with no subscriber ${formatMs(mutationCpu)} ms (median of ${alone.length}) − the idle sockets' CPU over the publish ` +
          `(${formatMs(productIdle * 1000)} ms/s: graphql-ws pings each socket every 30 s; bare ws ${formatMs(baselineIdle * 1000)} ms/s, also taken out); p99 ratio ${(fanoutCpu.p99 / bareCpu.p99).toFixed(2)}; ` +
          `total / bare ${(productCpu.median / bareCpu.median).toFixed(2)}`,
      },
      {
        name: FANOUT_MEMORY,
        target: `≤ ${kb(TARGET_BYTES_PER_SUBSCRIBER)}`,
        verdict: memoryPerSubscriber <= TARGET_BYTES_PER_SUBSCRIBER ? 'PASS' : 'MISS',
        note:
          `server process after a full GC, (after − before ${options.clients} subscriptions) / ${options.clients}: heap ${kb(productMemory.heap)}, RSS ${kb(productMemory.rss)} ` +
          `(judged on the larger); bare ws per connection: heap ${kb(bareMemory.heap)}, RSS ${kb(bareMemory.rss)}`,
      },
      {
        name: FANOUT_E2E,
        product: e2e,
        target: '–',
        verdict: 'INFO',
        note: `the changeCriticality mutation sent over HTTP → each receipt (includes the transaction); bare ws: trigger (IPC) → receipt median ${formatMs(median(baseline_.e2e))} ms`,
      },
    ];
  } finally {
    await pool?.stop();
    http?.close();
    await Promise.allSettled([product?.stop(), baseline?.stop()]);
    await database?.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}

function n(product: Summary, baseline: Summary, options: FanoutOptions): string {
  return `n=${product.count}+${baseline.count} receipts (${options.publishes} publishes × ${options.clients} clients per side)`;
}
