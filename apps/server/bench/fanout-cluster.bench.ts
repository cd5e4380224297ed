import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { formatMs, skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { median, summarize } from './stats.js';
import { BenchChild, startAll } from './support/bench-child.js';
import { createBenchTicket } from './support/bench-ticket.js';
import { CriticalityToggle } from './support/criticality-toggle.js';
import { KeepAliveClient } from './support/http-client.js';
import { createScratchDatabase, redact, type ScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import { probeRedis } from './support/redis-probe.js';
import type { ServerChildInfo, ServerMarks } from './support/server-child.js';
import { SubscriberPool } from './support/subscriber-pool.js';
import { QUEUE_CHANGED, STAFF } from './fanout.bench.js';

export const FANOUT_CLUSTER_BENCH = 'fan-out across 2 processes: commit → receive';
const TARGET_P99_RATIO = 1.5;

export interface FanoutClusterOptions {
  /** Subscribers in all, half on each process (issue: 1 000). */
  readonly clients: number;
  readonly publishes: number;
  readonly warmup: number;
  readonly batch: number;
  /** Client processes per server process. */
  readonly clientProcesses: number;
  readonly redisUrl: string;
}

export function fanoutClusterOptionsFrom(env: NodeJS.ProcessEnv = process.env): FanoutClusterOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  return {
    clients: int('BENCH_CLUSTER_FANOUT_CLIENTS', 1_000),
    publishes: int('BENCH_CLUSTER_FANOUT_PUBLISHES', 30),
    warmup: int('BENCH_CLUSTER_FANOUT_WARMUP', 5),
    batch: int('BENCH_CLUSTER_FANOUT_BATCH', 50),
    clientProcesses: Math.max(1, int('BENCH_CLUSTER_FANOUT_CLIENT_PROCESSES', 1)),
    redisUrl: env.BENCH_REDIS_URL?.trim() || env.TEST_REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
  };
}

/**
 * #17 target 6: one queue event to 1 000 `queueChanged` subscribers, half on
 * the server process where the change is made (A), half on another one (B),
 * both real processes on one scratch PostgreSQL database and one Redis. Since
 * #16 a Redis message only wakes a process up and each reads the event log, so
 * B pays a Redis hop and a log read more than A. Latency is taken from the
 * instant A's transaction handed the event to the bus (A's marks) to each
 * receipt, on the machine's monotonic clock; the target compares B's p99 with
 * A's, and every subscriber must receive every event.
 */
export async function fanoutClusterBench(context: BenchContext, options: FanoutClusterOptions = fanoutClusterOptionsFrom()): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) return [skipRow(FANOUT_CLUSTER_BENCH, `skipped: PostgreSQL not reachable at ${redact(postgres.adminUrl)} (${postgres.reason})`)];
  const redis = await probeRedis(options.redisUrl);
  if (redis !== true) return [skipRow(FANOUT_CLUSTER_BENCH, `skipped: two processes need Redis, ${redact(options.redisUrl)} ${redis}`)];

  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-fanout-cluster-'));
  let database: ScratchDatabase | null = null;
  const servers: BenchChild<ServerChildInfo>[] = [];
  const pools: SubscriberPool[] = [];
  const children: BenchChild[] = [];
  let http: KeepAliveClient | null = null;
  const forget = context.onCleanup(async () => {
    for (const child of [...servers, ...children]) child.kill();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  try {
    database = await createScratchDatabase(postgres.adminUrl);
    const env = productServerEnv({ DATA_DIR: dataDir, DATABASE_URL: database.url, REDIS_URL: options.redisUrl });
    const started = performance.now();
    // Started together against the empty database, as a cluster deploys: the product migrates and seeds it once.
    const cluster = await startAll(
      ['A', 'B'].map((name) => () => BenchChild.start<ServerChildInfo>(`server ${name}`, new URL('./support/server-child.js', import.meta.url), env)),
      (server) => servers.push(server),
    );
    const [a, b] = cluster as [BenchChild<ServerChildInfo>, BenchChild<ServerChildInfo>];
    for (const name of ['A', 'B']) pools.push(await SubscriberPool.start(options.clientProcesses, `subscribers of ${name}`, (child) => children.push(child)));
    const [poolA, poolB] = pools as [SubscriberPool, SubscriberPool];
    for (const server of cluster) await server.clockCheck();
    context.log(
      `scratch database ${database.name}; servers A ${a.info.url} and B ${b.info.url} over Redis ${redact(options.redisUrl)}, ` +
        `${options.clientProcesses} client process(es) each; started in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const client = (http = new KeepAliveClient(a.info.url));
    const tokens = await Promise.all(STAFF.map((email) => loginAs(client, email)));
    const headers = { authorization: `Bearer ${tokens[0]}` };
    const toggle = new CriticalityToggle(client, headers, await createBenchTicket(client, headers));
    const perServer = [Math.ceil(options.clients / 2), Math.floor(options.clients / 2)] as const;
    await Promise.all(
      [poolA, poolB].map((pool, i) =>
        pool.open('graphql', perServer[i]!, { url: cluster[i]!.info.url, tokens, batch: options.batch, query: QUEUE_CHANGED, keyField: 'queueChanged' }),
      ),
    );

    let lastVersion = -1;
    const publish = async (timeoutMs = 30_000) => {
      await toggle.flip();
      const keys = await Promise.all([poolA, poolB].map((pool, i) => pool.waitAll('graphql', perServer[i]!, { above: lastVersion }, timeoutMs)));
      if (keys[0] !== keys[1]) throw new Error(`A's subscribers completed version ${keys[0]}, B's ${keys[1]}`);
      const version = keys[0]!;
      lastVersion = version;
      const [onA, onB] = await Promise.all([poolA.take('graphql', version), poolB.take('graphql', version)]);
      return { version, onA: onA!, onB: onB! };
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        await publish(10_000);
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        lastVersion = Math.max(lastVersion, ...(await poolA.strayKeys('graphql')), ...(await poolB.strayKeys('graphql')));
      }
    }
    for (const pool of pools) for (const key of await pool.strayKeys('graphql')) await pool.take('graphql', key);
    for (let round = 0; round < options.warmup; round += 1) await publish();

    await Promise.all(cluster.map((server) => server.request('marks')));
    const rounds = [];
    for (let round = 0; round < options.publishes; round += 1) rounds.push(await publish());
    const [marksA, marksB] = await Promise.all(cluster.map((server) => server.request<ServerMarks>('marks')));
    for (const pool of pools) {
      const problems = await pool.problems();
      if (problems.count > 0) throw new Error(`${problems.count} client errors or results without data: ${problems.first}`);
    }

    const committedAt = new Map(marksA!.bus.filter((m) => m.type === 'ticket.changed' && m.key !== null).map((m) => [m.key!, m.at]));
    const publishedOn = (marks: ServerMarks) => new Map(marks.live.filter((m) => m.topic === 'QUEUE_CHANGED' && m.key !== null).map((m) => [m.key!, m.at]));
    const [publishedA, publishedB] = [publishedOn(marksA!), publishedOn(marksB!)];
    const latencyA: number[] = [];
    const latencyB: number[] = [];
    const hub = { a: [] as number[], b: [] as number[] };
    for (const round of rounds) {
      const committed = committedAt.get(round.version);
      if (committed === undefined) throw new Error(`server A recorded no commit of queue version ${round.version}`);
      for (const at of round.onA) latencyA.push(at - committed);
      for (const at of round.onB) latencyB.push(at - committed);
      hub.a.push((publishedA.get(round.version) ?? NaN) - committed);
      hub.b.push((publishedB.get(round.version) ?? NaN) - committed);
    }
    const delivered = rounds.reduce((sum, round) => sum + round.onA.length + round.onB.length, 0);
    const expected = options.clients * options.publishes;
    const other = summarize(latencyB);
    const publishing = summarize(latencyA);
    const p99Ratio = other.p99 / publishing.p99;
    context.log(
      `measured ${options.publishes} publishes on A, ${perServer[0]} subscribers on A and ${perServer[1]} on B; delivered ${delivered} of ${expected}; ` +
        `medians after A's commit: A's LiveHub publishes at ${formatMs(median(hub.a))} ms, B's (Redis wake-up + event log read) at ${formatMs(median(hub.b))} ms`,
    );
    return [
      {
        name: FANOUT_CLUSTER_BENCH,
        product: other,
        baseline: publishing,
        ratio: other.median / publishing.median,
        target: `p99 ratio ≤ ${TARGET_P99_RATIO}, none lost`,
        verdict: p99Ratio <= TARGET_P99_RATIO && delivered === expected ? 'PASS' : 'MISS',
        note:
          `product = subscribers on the other process (B), baseline = on the publishing process (A); p99 ratio ${p99Ratio.toFixed(2)}; ` +
          `delivered ${delivered} of ${expected}; LiveHub publish after A's commit (medians) A ${formatMs(median(hub.a))} ms, B ${formatMs(median(hub.b))} ms; PostgreSQL + Redis`,
      },
    ];
  } finally {
    await Promise.allSettled(pools.map((pool) => pool.stop()));
    http?.close();
    await Promise.allSettled(servers.map((server) => server.stop()));
    await database?.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}
