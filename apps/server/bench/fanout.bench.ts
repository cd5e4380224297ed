import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormattedExecutionResult } from 'graphql-ws';

import { skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { summarize, type Summary } from './stats.js';
import { BenchChild, startAll } from './support/bench-child.js';
import { KeepAliveClient } from './support/http-client.js';
import { openBareSubscribers, openFileLimit, openGraphqlSubscribers, Receipts, type BareSubscribers, type GraphqlSubscribers } from './support/live-clients.js';
import { monotonicMs } from './support/monotonic.js';
import { createScratchDatabase, redact, type ScratchDatabase } from './support/postgres.js';
import type { ServerChildInfo, ServerMarks } from './support/server-child.js';
import type { BroadcastResult, WsChildInfo } from './support/ws-broadcast-child.js';
import { formatMs } from './bench-table.js';
import { productServerEnv } from './support/product-server.js';
import { loginAs } from './support/product-server.js';
import { type CpuUsage } from './support/bench-child.js';
import { createBenchTicket } from './support/bench-ticket.js';

export const FANOUT_BENCH = 'fan-out 1 000 WS: publish → receive';
const FANOUT_E2E = 'fan-out 1 000 WS: mutation sent → receive';
const FANOUT_SPREAD = 'fan-out 1 000 WS: receipt − first receipt';
const TARGET_P99_MS = 100;

export interface FanoutOptions {
  /** Subscribed clients per side (issue: 1 000). */
  readonly clients: number;
  /** Measured publishes per side (issue: ~30). */
  readonly publishes: number;
  readonly warmup: number;
  /** Clients opened at once; the next batch waits for this one's acknowledgements. */
  readonly batch: number;
  /** 'sqlite' (default: the embedded database in a temp DATA_DIR) or 'postgresql' (a scratch database). */
  readonly database: 'sqlite' | 'postgresql';
}

export function fanoutOptionsFrom(env: NodeJS.ProcessEnv = process.env): FanoutOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  return {
    clients: int('BENCH_FANOUT_CLIENTS', 1_000),
    publishes: int('BENCH_FANOUT_PUBLISHES', 30),
    warmup: int('BENCH_FANOUT_WARMUP', 5),
    batch: int('BENCH_FANOUT_BATCH', 50),
    database: env.BENCH_FANOUT_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite',
  };
}

export const QUEUE_CHANGED = 'subscription { queueChanged { version kind position ticket { id number priority status } } }';
const CHANGE_CRITICALITY =
  'mutation($id: ID!, $c: Criticality!) { changeCriticality(ticketId: $id, criticality: $c, reason: "fan-out benchmark") { id criticality } }';
const STAFF = ['lead@demo.local', 'agent1@demo.local', 'agent2@demo.local'];

interface ProductRound {
  readonly sent: number;
  readonly answered: number;
  readonly version: number;
  readonly receipts: number[];
}

interface BaselineRound {
  readonly sent: number;
  readonly broadcast: BroadcastResult;
  readonly receipts: number[];
}

/**
 * SLA-6 live queue at scale: 1 000 graphql-ws clients subscribed to
 * `queueChanged` on one server process, a real ticket change per publish,
 * against a bare `ws` server broadcasting a payload of the same size to 1 000
 * clients. Both servers run in child processes (their own event loop, as in
 * production; the clients share this process), publishes interleave.
 *
 * "publish" is the instant the server's LiveHub hands the event to its GraphQL
 * subscribers (instrumented in server-child.ts) and, for the baseline, the
 * instant broadcast() is called; both on the machine's monotonic clock, which
 * this process shares with its children.
 */
export async function fanoutBench(context: BenchContext, options: FanoutOptions = fanoutOptionsFrom()): Promise<BenchRow[]> {
  const limit = openFileLimit();
  const needed = 2 * options.clients + 512;
  if (limit !== null && limit < needed) {
    return [skipRow(FANOUT_BENCH, `skipped: this process may open ${limit} files, the entry needs ~${needed} (2 × ${options.clients} sockets); run \`ulimit -n ${needed * 2}\` first`)];
  }
  if (options.database === 'postgresql' && !context.postgres.reachable) {
    return [skipRow(FANOUT_BENCH, `skipped: BENCH_FANOUT_DATABASE=postgresql but PostgreSQL is not reachable at ${redact(context.postgres.adminUrl)}`)];
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'desk-bench-fanout-'));
  let database: ScratchDatabase | null = null;
  let product: BenchChild<ServerChildInfo> | null = null;
  let baseline: BenchChild<WsChildInfo> | null = null;
  let graphqlSubscribers: GraphqlSubscribers | null = null;
  let bareSubscribers: BareSubscribers | null = null;
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
    const roundTrip = Math.max(await product.clockCheck(), await baseline.clockCheck());
    context.log(
      `product server ${product.info.url} (pid ${product.pid}, ${database ? `PostgreSQL ${database.name}` : `SQLite in ${dataDir}`}), ` +
        `bare ws server ${baseline.info.url} (pid ${baseline.pid}); started in ${((performance.now() - startedAt) / 1000).toFixed(1)} s; ` +
        `shared monotonic clock checked (IPC round trip ${roundTrip.toFixed(2)} ms)`,
    );

    const client = (http = new KeepAliveClient(product.info.url));
    const tokens = await Promise.all(STAFF.map((email) => loginAs(client, email)));
    const headers = { authorization: `Bearer ${tokens[0]}` };
    const ticketId = await createBenchTicket(client, headers);

    // Receipts by queue version (product) and broadcast sequence number (baseline).
    const productReceipts = new Receipts();
    const baselineReceipts = new Receipts();
    let sample: FormattedExecutionResult<Record<string, unknown>, unknown> | null = null;
    const productErrors: unknown[] = [];
    let opened = performance.now();
    graphqlSubscribers = await openGraphqlSubscribers({
      url: product.info.url,
      tokens,
      count: options.clients,
      batch: options.batch,
      query: QUEUE_CHANGED,
      onResult: (result, at) => {
        const event = result.data?.queueChanged as { version?: number } | undefined;
        if (typeof event?.version !== 'number') {
          productErrors.push(result.errors ?? result);
          return;
        }
        sample ??= result;
        productReceipts.add(event.version, at);
      },
    });
    const graphqlOpenMs = performance.now() - opened;
    opened = performance.now();
    bareSubscribers = await openBareSubscribers({
      url: baseline.info.url,
      count: options.clients,
      batch: options.batch,
      onMessage: (message, at) => baselineReceipts.add((message as { seq: number }).seq, at),
    });
    const bareOpenMs = performance.now() - opened;
    const bareCount = await baseline.request<number>('clients');
    if (bareCount !== options.clients) throw new Error(`the bare ws server sees ${bareCount} clients, expected ${options.clients}`);
    context.log(
      `opened ${options.clients} graphql-ws clients (batches of ${options.batch}, staff tokens, queueChanged) in ${(graphqlOpenMs / 1000).toFixed(1)} s, ` +
        `${options.clients} bare ws clients in ${(bareOpenMs / 1000).toFixed(1)} s`,
    );

    let criticality = 'CRITICAL';
    let lastVersion = -1;
    const publishProduct = async (timeoutMs = 20_000): Promise<ProductRound> => {
      const next = criticality === 'CRITICAL' ? 'NON_CRITICAL' : 'CRITICAL';
      const body = JSON.stringify({ query: CHANGE_CRITICALITY, variables: { id: ticketId, c: next } });
      const sent = monotonicMs();
      const response = await client.post('/graphql', body, headers);
      const answered = monotonicMs();
      const parsed = JSON.parse(response.body) as { data?: { changeCriticality?: { criticality: string } }; errors?: unknown };
      if (response.status !== 200 || parsed.errors || parsed.data?.changeCriticality?.criticality !== next) {
        throw new Error(`changeCriticality answered HTTP ${response.status}: ${response.body.slice(0, 300)}`);
      }
      criticality = next;
      const after = lastVersion;
      const version = await productReceipts.waitFor((key) => key > after, options.clients, timeoutMs, 'queueChanged');
      lastVersion = version;
      return { sent, answered, version, receipts: productReceipts.take(version) };
    };
    let seq = 0;
    const publishBaseline = async (): Promise<BaselineRound> => {
      seq += 1;
      const mine = seq;
      const sent = monotonicMs();
      const broadcast = await baseline!.request<BroadcastResult>('broadcast', { seq: mine });
      await baselineReceipts.waitFor((key) => key === mine, options.clients, 20_000, 'broadcast');
      return { sent, broadcast, receipts: baselineReceipts.take(mine) };
    };

    // The first publish also proves every subscription is registered (graphql-ws
    // acknowledges the connection before it has processed the subscribe message).
    for (let attempt = 1; ; attempt += 1) {
      try {
        await publishProduct(5_000);
        break;
      } catch (error) {
        if (attempt >= 5) throw error;
        lastVersion = Math.max(lastVersion, ...productReceipts.keys());
      }
    }
    if (!sample) throw new Error('no queueChanged result was received');
    const productBytes = Buffer.byteLength(JSON.stringify({ id: randomUUID(), type: 'next', payload: sample }));
    await baseline.request('configure', { bytes: productBytes });
    for (let round = 0; round < options.warmup; round += 1) {
      await publishBaseline();
      await publishProduct();
    }
    for (const key of productReceipts.keys()) productReceipts.take(key);

    const productRounds: ProductRound[] = [];
    const baselineRounds: BaselineRound[] = [];
    await product.request('marks');
    const cpuBefore = await Promise.all([product.request<CpuUsage>('cpu'), baseline.request<CpuUsage>('cpu')]);
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
    const cpuAfter = await Promise.all([product.request<CpuUsage>('cpu'), baseline.request<CpuUsage>('cpu')]);
    const marks = await product.request<ServerMarks>('marks');
    const stray = productReceipts.keys();
    if (stray.length > 0) context.log(`note: ${stray.length} queue event(s) the benchmark did not cause arrived (versions ${stray.join(', ')})`);
    if (productErrors.length > 0) throw new Error(`${productErrors.length} queueChanged results without data: ${JSON.stringify(productErrors[0]).slice(0, 300)}`);
    if (graphqlSubscribers.errors.length > 0 || bareSubscribers.errors.length > 0) {
      throw new Error(`client errors during the run: ${JSON.stringify(graphqlSubscribers.errors[0] ?? bareSubscribers.errors[0]).slice(0, 300)}`);
    }

    const committedAt = new Map(marks.bus.filter((m) => m.type === 'ticket.changed' && m.key !== null).map((m) => [m.key!, m.at]));
    const publishedAt = new Map(marks.live.filter((m) => m.topic === 'QUEUE_CHANGED' && m.key !== null).map((m) => [m.key!, m.at]));
    const productFanout: number[] = [];
    const productE2e: number[] = [];
    const productSpread: number[] = [];
    const breakdown = { commit: [] as number[], reread: [] as number[], first: [] as number[], last: [] as number[], response: [] as number[] };
    for (const round of productRounds) {
      const published = publishedAt.get(round.version);
      const committed = committedAt.get(round.version);
      if (published === undefined || committed === undefined) throw new Error(`the server recorded no publish of queue version ${round.version}`);
      const first = Math.min(...round.receipts);
      const last = Math.max(...round.receipts);
      for (const at of round.receipts) {
        productFanout.push(at - published);
        productE2e.push(at - round.sent);
        productSpread.push(at - first);
      }
      breakdown.commit.push(committed - round.sent);
      breakdown.reread.push(published - committed);
      breakdown.first.push(first - published);
      breakdown.last.push(last - published);
      breakdown.response.push(round.answered - round.sent);
    }
    const baselineFanout: number[] = [];
    const baselineSpread: number[] = [];
    const baselineBreakdown = { hop: [] as number[], loop: [] as number[], first: [] as number[], last: [] as number[], e2e: [] as number[] };
    for (const round of baselineRounds) {
      const first = Math.min(...round.receipts);
      const last = Math.max(...round.receipts);
      for (const at of round.receipts) {
        baselineFanout.push(at - round.broadcast.at);
        baselineSpread.push(at - first);
        baselineBreakdown.e2e.push(at - round.sent);
      }
      baselineBreakdown.hop.push(round.broadcast.at - round.sent);
      baselineBreakdown.loop.push(round.broadcast.loopMs);
      baselineBreakdown.first.push(first - round.broadcast.at);
      baselineBreakdown.last.push(last - round.broadcast.at);
    }
    const cpuPerPublish = (before: CpuUsage, after: CpuUsage) => (after.user - before.user + after.system - before.system) / 1000 / options.publishes;
    const productCpu = cpuPerPublish(cpuBefore[0], cpuAfter[0]);
    const baselineCpu = cpuPerPublish(cpuBefore[1], cpuAfter[1]);
    const med = (values: number[]) => formatMs(summarize(values).median);
    context.log(
      `measured ${options.publishes} publishes per side (after ${options.warmup} + probe warm-up), interleaved, in ${(measuredMs / 1000).toFixed(1)} s; ` +
        `payload ${productBytes} bytes per message on both sides`,
    );
    context.log(
      `product, medians per publish: mutation sent → committed (bus) ${med(breakdown.commit)} ms → LiveHub publish (ticket re-read) ${med(breakdown.reread)} ms ` +
        `→ first receipt ${med(breakdown.first)} ms, last receipt ${med(breakdown.last)} ms after publish; HTTP response ${med(breakdown.response)} ms after sending`,
    );
    context.log(
      `baseline, medians per broadcast: IPC hop ${med(baselineBreakdown.hop)} ms, send loop ${med(baselineBreakdown.loop)} ms, ` +
        `first receipt ${med(baselineBreakdown.first)} ms, last ${med(baselineBreakdown.last)} ms after broadcast()`,
    );
    context.log(`server CPU per publish (child process, user+system): product ${formatMs(productCpu)} ms, bare ws ${formatMs(baselineCpu)} ms`);

    const fanout = summarize(productFanout);
    const bare = summarize(baselineFanout);
    const e2e = summarize(productE2e);
    const spread = summarize(productSpread);
    const bareSpread = summarize(baselineSpread);
    const dbLabel = database ? 'PostgreSQL' : 'SQLite';
    return [
      {
        name: FANOUT_BENCH,
        product: fanout,
        baseline: bare,
        ratio: fanout.median / bare.median,
        target: `p99 ≤ ${TARGET_P99_MS} ms`,
        verdict: fanout.p99 <= TARGET_P99_MS ? 'PASS' : 'MISS',
        note:
          `${n(fanout, bare, options)}; p99 ratio ${(fanout.p99 / bare.p99).toFixed(2)}, max ${formatMs(fanout.max)} / ${formatMs(bare.max)} ms; ` +
          `publish = the LiveHub's pubSub.publish (instrumented) / broadcast(); first and last receipt after it (medians) ` +
          `${med(breakdown.first)} and ${med(breakdown.last)} ms / ${med(baselineBreakdown.first)} and ${med(baselineBreakdown.last)} ms; ` +
          `server CPU per publish ${formatMs(productCpu)} / ${formatMs(baselineCpu)} ms; ${productBytes}-byte messages; ${dbLabel}`,
      },
      {
        name: FANOUT_E2E,
        product: e2e,
        target: '–',
        verdict: 'INFO',
        note:
          `the changeCriticality mutation sent over HTTP → each receipt (includes the transaction); medians: committed ${med(breakdown.commit)} ms, ` +
          `re-read + publish ${med(breakdown.reread)} ms, then fan-out; bare ws for comparison: trigger (IPC) → receipt median ${med(baselineBreakdown.e2e)} ms`,
      },
      {
        name: FANOUT_SPREAD,
        product: spread,
        baseline: bareSpread,
        ratio: spread.median / bareSpread.median,
        target: '–',
        verdict: 'INFO',
        note: `the fan-out alone, no clock shared with the server needed; p99 ratio ${(spread.p99 / bareSpread.p99).toFixed(2)}, max ${formatMs(spread.max)} / ${formatMs(bareSpread.max)} ms`,
      },
    ];
  } finally {
    await graphqlSubscribers?.close().catch(() => undefined);
    bareSubscribers?.close();
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
