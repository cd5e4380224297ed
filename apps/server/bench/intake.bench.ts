import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { AHEAD_SQL } from '../src/modules/queue/queue-position.js';
import { skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { insertOpenTickets } from './queue-page.fixture.js';
import { summarize } from './stats.js';
import { BenchChild, startAll, type CpuUsage } from './support/bench-child.js';
import { KeepAliveClient } from './support/http-client.js';
import type { BaselineBurst, Burst, ProductBurst } from './support/intake-load-child.js';
import { createScratchDatabase, redact, type ScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import { probeRedis } from './support/redis-probe.js';
import type { ServerChildInfo, StatementCount } from './support/server-child.js';

export const INTAKE_BENCH = 'intake: createTicket, 20 clients, 2 processes';
const TARGET_P99_MS = 250;
const TARGET_THROUGHPUT = 300;
const TARGET_BASELINE_SHARE = 0.3;
const TARGET_LARGE_SHARE = 0.5;
// Two servers migrating and seeding one empty database on a shared, loaded machine take a while.
const START_TIMEOUT_MS = 180_000;

/** The twin of `tickets` (same columns, defaults and indexes) and of `queue_state` the bare transactions write. */
const BASELINE_TABLE = 'bench_intake_tickets';
const BASELINE_STATE = 'bench_intake_queue_state';

export interface IntakeOptions {
  /** Tickets already waiting (awaiting_reaction) at each measured size, ascending (issue: 100, 10 000, 100 000). */
  readonly waiting: readonly number[];
  readonly clients: number;
  /** Requests each client sends back to back in one burst. */
  readonly perClient: number;
  /** Measured bursts per side and size (product and baseline alternate, the order flipping each round). */
  readonly rounds: number;
  /** Bursts per side thrown away first at each size. */
  readonly warmup: number;
  readonly redisUrl: string;
}

export function intakeOptionsFrom(env: NodeJS.ProcessEnv = process.env): IntakeOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  const waiting = (env.BENCH_INTAKE_WAITING?.trim() || '100,10000,100000')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isInteger(n) && n >= 0)
    .sort((a, b) => a - b);
  return {
    waiting,
    clients: int('BENCH_INTAKE_CLIENTS', 20),
    perClient: int('BENCH_INTAKE_PER_CLIENT', 25),
    rounds: int('BENCH_INTAKE_ROUNDS', 4),
    warmup: int('BENCH_INTAKE_WARMUP', 1),
    redisUrl: env.BENCH_REDIS_URL?.trim() || env.TEST_REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
  };
}

interface SideResult {
  readonly latencies: number[];
  tickets: number;
  elapsedMs: number;
  /** Both servers' process CPU (user + system) over the timed bursts: unlike wall time, hardly moved by other work on the machine. */
  serverCpuMs: number;
  readonly errors: string[];
  readonly acknowledged: Map<string, number>;
}

function emptySide(): SideResult {
  return { latencies: [], tickets: 0, elapsedMs: 0, serverCpuMs: 0, errors: [], acknowledged: new Map() };
}

function addBurst(side: SideResult, burst: Burst): void {
  side.latencies.push(...burst.latencies);
  side.tickets += burst.acknowledged.length;
  side.elapsedMs += burst.elapsedMs;
  side.errors.push(...burst.errors);
  for (const [subject, id] of burst.acknowledged) side.acknowledged.set(subject, id);
}

const throughputOf = (side: SideResult) => (side.elapsedMs > 0 ? (side.tickets / side.elapsedMs) * 1000 : 0);

/**
 * #17 target 3: `createTicket` over GraphQL/HTTP from 20 concurrent clients
 * (a load generator in its own process, half the clients on each of two real
 * server processes sharing one scratch PostgreSQL database and Redis), with
 * 100, 10 000 and 100 000 tickets already waiting. Baseline, interleaved burst
 * by burst from the same 20 clients: bare `INSERT INTO tickets …; UPDATE
 * queue_state SET version = version + 1` transactions over pg, into twins of
 * those tables holding the same waiting tickets. After each size, every
 * acknowledged ticket must be in the database exactly once.
 */
export async function intakeBench(context: BenchContext, options: IntakeOptions = intakeOptionsFrom()): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) return [skipRow(INTAKE_BENCH, `skipped: PostgreSQL not reachable at ${redact(postgres.adminUrl)} (${postgres.reason})`)];
  const redis = await probeRedis(options.redisUrl);
  if (redis !== true) return [skipRow(INTAKE_BENCH, `skipped: two processes need Redis, ${redact(options.redisUrl)} ${redis}`)];

  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-intake-'));
  let database: ScratchDatabase | null = null;
  const children: BenchChild[] = [];
  let sql: pg.Client | null = null;
  let http: KeepAliveClient | null = null;
  const forget = context.onCleanup(async () => {
    for (const child of children) child.kill();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  try {
    database = await createScratchDatabase(postgres.adminUrl, 'desk_bench_intake');
    const env = productServerEnv({ DATA_DIR: dataDir, DATABASE_URL: database.url, REDIS_URL: options.redisUrl });
    const started = performance.now();
    const servers = await startAll(
      [0, 1].map((i) => () => BenchChild.start<ServerChildInfo>(`server ${'AB'[i]}`, new URL('./support/server-child.js', import.meta.url), env, START_TIMEOUT_MS)),
      (server) => children.push(server),
    );
    const load = await BenchChild.start('load generator', new URL('./support/intake-load-child.js', import.meta.url), {}, START_TIMEOUT_MS);
    children.push(load);
    context.log(`scratch database ${database.name}; 2 server processes over Redis and a load generator started in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    http = new KeepAliveClient(servers[0]!.info.url);
    const token = await loginAs(http, 'lead@demo.local');
    sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    await sql.query(`create table ${BASELINE_TABLE} (like tickets including defaults including indexes)`);
    await sql.query(`create table ${BASELINE_STATE} (like queue_state including defaults including indexes)`);
    await sql.query(`insert into ${BASELINE_STATE} select * from queue_state`);

    const urls = servers.map((server) => server.info.url);
    const rows: BenchRow[] = [];
    const throughputs = new Map<number, number>();
    let filled = 0;
    let burstNo = 0;
    for (const waiting of options.waiting) {
      const fillStarted = performance.now();
      await insertOpenTickets(sql, waiting - filled);
      await insertOpenTickets(sql, waiting - filled, BASELINE_TABLE);
      filled = waiting;
      // As a queue that has been there a while: statistics and the visibility map current (index-only scans).
      await sql.query(`vacuum analyze tickets`);
      await sql.query(`vacuum analyze ${BASELINE_TABLE}`);
      const fillMax = await maxIds(sql);
      context.log(`${waiting} waiting: filled in ${((performance.now() - fillStarted) / 1000).toFixed(1)} s`);
      context.log(`${waiting} waiting: the tickets ahead of a new P4 ticket (queuePosition's count): ${await explainPositionCount(sql)}`);

      const product = emptySide();
      const baseline = emptySide();
      const serversCpuMs = async () =>
        (await Promise.all(servers.map((server) => server.request<CpuUsage>('cpu')))).reduce((sum, usage) => sum + (usage.user + usage.system) / 1000, 0);
      const productBurst = (into: SideResult | null) => async () => {
        const cpuBefore = await serversCpuMs();
        const burst = await load.request<Burst>(
          'product',
          { urls, token, clients: options.clients, perClient: options.perClient, tag: `intake-bench w${waiting} b${burstNo++}` } satisfies ProductBurst,
          600_000,
        );
        if (into) {
          addBurst(into, burst);
          into.serverCpuMs += (await serversCpuMs()) - cpuBefore;
        } else {
          // A warm-up burst is not timed, but what it acknowledged must be stored once like any other.
          product.errors.push(...burst.errors);
          for (const [subject, id] of burst.acknowledged) product.acknowledged.set(subject, id);
        }
      };
      const baselineBurst = (into: SideResult | null) => async () => {
        const burst = await load.request<Burst>(
          'baseline',
          {
            databaseUrl: database!.url,
            table: BASELINE_TABLE,
            stateTable: BASELINE_STATE,
            clients: options.clients,
            perClient: options.perClient,
            tag: `intake-bench w${waiting} b${burstNo++}`,
          } satisfies BaselineBurst,
          600_000,
        );
        if (into) addBurst(into, burst);
      };
      for (let round = 0; round < options.warmup; round += 1) {
        await productBurst(null)();
        await baselineBurst(null)();
      }
      await Promise.all(servers.map((server) => server.request('statements')));
      const loadBefore = loadavg()[0]!;
      for (let round = 0; round < options.rounds; round += 1) {
        const pair = [productBurst(product), baselineBurst(baseline)];
        if (round % 2 === 1) pair.reverse();
        for (const run of pair) await run();
      }
      const loadAfter = loadavg()[0]!;
      const statements = mergeStatements(await Promise.all(servers.map((server) => server.request<StatementCount[]>('statements'))));
      const perTicket = statements.reduce((sum, entry) => sum + entry.count, 0) / Math.max(1, product.tickets);
      context.log(`${waiting} waiting: ${perTicket.toFixed(1)} SQL statements per ticket (both servers, live follower included); the costliest (per ticket × mean ms as MikroORM times them):`);
      for (const entry of statements.sort((a, b) => b.tookMs - a.tookMs).slice(0, Number(process.env.BENCH_INTAKE_STATEMENTS ?? 8))) {
        context.log(`    ${(entry.count / Math.max(1, product.tickets)).toFixed(2)} × ${(entry.tookMs / entry.count).toFixed(1)} ms  ${entry.sql.slice(0, 140)}`);
      }

      const once = await verifyExactlyOnce(sql, `intake-bench w${waiting} %`, product.acknowledged);
      // The next size starts from its own count: the tickets this size created leave the queue (as if reacted to).
      await sql.query(`update tickets set awaiting_reaction = false, status = 'IN_PROGRESS' where id > $1 and subject like 'intake-bench %'`, [fillMax.tickets]);
      await sql.query(`delete from ${BASELINE_TABLE} where id > $1`, [fillMax.baseline]);

      const productThroughput = throughputOf(product);
      const baselineThroughput = throughputOf(baseline);
      throughputs.set(waiting, productThroughput);
      const share = baselineThroughput > 0 ? productThroughput / baselineThroughput : 0;
      const latency = product.latencies.length > 0 ? summarize(product.latencies) : null;
      const baseLatency = baseline.latencies.length > 0 ? summarize(baseline.latencies) : null;
      const met =
        product.errors.length === 0 &&
        once.ok &&
        latency !== null &&
        latency.p99 <= TARGET_P99_MS &&
        share >= TARGET_BASELINE_SHARE &&
        (waiting > options.waiting[0]! || productThroughput >= TARGET_THROUGHPUT);
      for (const [label, side] of [['product', product], ['baseline', baseline]] as const) {
        if (side.errors.length > 0) context.log(`${waiting} waiting: ${side.errors.length} ${label} errors, first: ${side.errors[0]!.slice(0, 300)}`);
      }
      const cpuPerTicket = product.serverCpuMs / Math.max(1, product.tickets);
      context.log(
        `${waiting} waiting: product ${productThroughput.toFixed(0)} tickets/s, baseline ${baselineThroughput.toFixed(0)}/s (${share.toFixed(2)}×); ` +
          `server CPU ${cpuPerTicket.toFixed(1)} ms a ticket (both processes, their background work included); ` +
          `load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
      );
      rows.push({
        name: `intake: ${waiting} waiting`,
        ...(latency ? { product: latency } : {}),
        ...(baseLatency ? { baseline: baseLatency } : {}),
        ...(latency && baseLatency ? { ratio: latency.median / baseLatency.median } : {}),
        target: `p99 ≤ ${TARGET_P99_MS} ms, ≥ ${TARGET_BASELINE_SHARE}× base/s${waiting === options.waiting[0] ? `, ≥ ${TARGET_THROUGHPUT}/s` : ''}`,
        verdict: met ? 'PASS' : 'MISS',
        note:
          `${productThroughput.toFixed(0)} tickets/s vs baseline ${baselineThroughput.toFixed(0)}/s (${share.toFixed(2)}×); server CPU ${cpuPerTicket.toFixed(1)} ms a ticket; ` +
          `n=${product.latencies.length}+${baseline.latencies.length}, ${product.errors.length} errors (baseline ${baseline.errors.length}); ${once.note}; ` +
          `${options.clients} clients × ${options.perClient} × ${options.rounds} rounds per side; load average ${loadBefore.toFixed(2)} → ${loadAfter.toFixed(2)}`,
      });
    }
    const smallest = options.waiting[0]!;
    const largest = options.waiting.at(-1)!;
    if (largest > smallest) {
      const share = (throughputs.get(largest) ?? 0) / (throughputs.get(smallest) ?? 1);
      rows.push({
        name: `intake: ${largest} vs ${smallest} waiting`,
        target: `≥ ${TARGET_LARGE_SHARE}× the throughput`,
        verdict: share >= TARGET_LARGE_SHARE ? 'PASS' : 'MISS',
        note: `${(throughputs.get(largest) ?? 0).toFixed(0)} vs ${(throughputs.get(smallest) ?? 0).toFixed(0)} tickets/s (${share.toFixed(2)}×)`,
      });
    }
    return rows;
  } finally {
    http?.close();
    await sql?.end().catch(() => undefined);
    await Promise.allSettled(children.map((child) => child.stop()));
    await database?.drop().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true }).catch(() => undefined);
    forget();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the count queuePosition runs (on PostgreSQL) for a ticket arriving at the end of the queue, in one line. */
async function explainPositionCount(sql: pg.Client): Promise<string> {
  let parameter = 0;
  const plan = await sql.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${AHEAD_SQL.replace(/\?/g, () => `$${++parameter}`)}`, [
    4,
    new Date(Date.now() + 3_600_000),
    new Date(),
    2_147_483_647,
  ]);
  return plan.rows
    .map((row) => row['QUERY PLAN'].trim())
    .filter((line) => /Scan|Execution Time|Buffers|Heap Fetches/.test(line))
    .join(' | ')
    .slice(0, 600);
}

function mergeStatements(lists: readonly (readonly StatementCount[])[]): StatementCount[] {
  const merged = new Map<string, { count: number; tookMs: number }>();
  for (const entry of lists.flat()) {
    const known = merged.get(entry.sql) ?? { count: 0, tookMs: 0 };
    merged.set(entry.sql, { count: known.count + entry.count, tookMs: known.tookMs + entry.tookMs });
  }
  return [...merged].map(([sql, entry]) => ({ sql, ...entry }));
}

async function maxIds(sql: pg.Client): Promise<{ tickets: number; baseline: number }> {
  const result = await sql.query<{ tickets: number | null; baseline: number | null }>(
    `select (select max(id) from tickets)::int as tickets, (select max(id) from ${BASELINE_TABLE})::int as baseline`,
  );
  return { tickets: result.rows[0]?.tickets ?? 0, baseline: result.rows[0]?.baseline ?? 0 };
}

/** Every acknowledged subject is in `tickets` exactly once, under the id the server answered. */
async function verifyExactlyOnce(sql: pg.Client, pattern: string, acknowledged: ReadonlyMap<string, number>): Promise<{ ok: boolean; note: string }> {
  const result = await sql.query<{ subject: string; n: number; id: number }>(
    `select subject, count(*)::int as n, min(id)::int as id from tickets where subject like $1 group by subject`,
    [pattern],
  );
  const stored = new Map(result.rows.map((row) => [row.subject, row]));
  let missing = 0;
  let twice = 0;
  let otherId = 0;
  for (const [subject, id] of acknowledged) {
    const row = stored.get(subject);
    if (!row) missing += 1;
    else if (row.n > 1) twice += 1;
    else if (row.id !== id) otherId += 1;
  }
  const ok = missing === 0 && twice === 0 && otherId === 0;
  return {
    ok,
    note: `${acknowledged.size} acknowledged (warm-up included; ${result.rows.length} stored): ${missing} missing, ${twice} twice, ${otherId} under another id`,
  };
}
