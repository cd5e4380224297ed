import autocannon from 'autocannon';
import type { BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { median, summarize, type Summary } from './stats.js';
import { BenchChild, startAll, type CpuUsage } from './support/bench-child.js';
import { KeepAliveClient } from './support/http-client.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import type { QueueRowsChildInfo } from './support/queue-rows-child.js';
import type { ServerChildInfo, StatementCount } from './support/server-child.js';

export const QUEUE_THROUGHPUT_BENCH = 'queue(first: 50) throughput, GraphQL vs bare node:http';
const TARGET_RATIO = 0.5;

export interface QueueThroughputOptions {
  /** Concurrent keep-alive connections of the load generator (issue: 20). */
  readonly connections: number;
  /** Length of one measured round per side, seconds. */
  readonly seconds: number;
  /** Rounds per side, interleaved product/baseline then baseline/product. */
  readonly rounds: number;
  /** Unmeasured load per side first (JIT, pools), seconds; 0 for none. */
  readonly warmupSeconds: number;
}

export function queueThroughputOptionsFrom(env: NodeJS.ProcessEnv = process.env): QueueThroughputOptions {
  const int = (name: string, fallback: number) => intFromEnv(name, fallback, env);
  return {
    connections: int('BENCH_QUEUE_LOAD_CONNECTIONS', 20),
    seconds: int('BENCH_QUEUE_LOAD_SECONDS', 5),
    rounds: int('BENCH_QUEUE_LOAD_ROUNDS', 4),
    warmupSeconds: int('BENCH_QUEUE_LOAD_WARMUP_SECONDS', 2),
  };
}

/** One side under load: how to ask for the page, and the process answering. */
interface Side {
  readonly label: string;
  readonly child: BenchChild<ServerChildInfo> | BenchChild<QueueRowsChildInfo>;
  readonly request: Pick<autocannon.Options, 'url' | 'method' | 'headers' | 'body'>;
}

interface Round {
  readonly perSecond: number;
  readonly requests: number;
  readonly latency: autocannon.Histogram;
  /** CPU the serving process spent per answered request, ms. */
  readonly cpuPerRequest: number;
}

/**
 * The queue page under 20 concurrent connections (#17): the product's GraphQL
 * endpoint (the whole server, real process) against a bare `node:http`
 * endpoint serving the same rows from the same read model as JSON, each in a
 * process of its own so that neither shares an event loop with autocannon,
 * which runs here. Rounds alternate sides; the row's ratio is product
 * requests/s over baseline requests/s (medians of the rounds), its time
 * columns the latency under load.
 */
export async function queueThroughputBench(
  context: BenchContext,
  databaseUrl: string,
  queueQuery: string,
  options: QueueThroughputOptions = queueThroughputOptionsFrom(),
): Promise<BenchRow> {
  const children: BenchChild<unknown>[] = [];
  const forget = context.onCleanup(async () => {
    for (const child of children) child.kill();
  });
  let http: KeepAliveClient | null = null;
  try {
    const [productChild, baselineChild] = await startAll<unknown>(
      [
        () => BenchChild.start<ServerChildInfo>('product server', new URL('./support/server-child.js', import.meta.url), productServerEnv({ DATABASE_URL: databaseUrl })),
        () => BenchChild.start<QueueRowsChildInfo>('bare queue server', new URL('./support/queue-rows-child.js', import.meta.url), { DATABASE_URL: databaseUrl }),
      ],
      (child) => children.push(child),
    );
    const productServer = productChild as BenchChild<ServerChildInfo>;
    const bareServer = baselineChild as BenchChild<QueueRowsChildInfo>;
    http = new KeepAliveClient(productServer.info.url);
    const token = await loginAs(http, 'lead@demo.local');
    const product: Side = {
      label: 'GraphQL',
      child: productServer,
      request: {
        url: `${productServer.info.url}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: queueQuery }),
      },
    };
    const baseline: Side = { label: 'bare node:http', child: bareServer, request: { url: `${bareServer.info.url}/queue`, method: 'GET' } };
    await verifySamePage(product, baseline);
    context.log(`verified: the GraphQL endpoint (pid ${productServer.pid}) and the bare one (pid ${bareServer.pid}) answer the same page`);

    if (options.warmupSeconds > 0) {
      await load(product, options.connections, options.warmupSeconds);
      await load(baseline, options.connections, options.warmupSeconds);
    }
    await productServer.request('statements'); // forget the start's
    const rounds: { product: Round[]; baseline: Round[] } = { product: [], baseline: [] };
    for (let round = 0; round < options.rounds; round += 1) {
      const order = round % 2 === 0 ? (['product', 'baseline'] as const) : (['baseline', 'product'] as const);
      for (const side of order) rounds[side].push(await load(side === 'product' ? product : baseline, options.connections, options.seconds));
    }
    logStatements(context, await productServer.request<StatementCount[]>('statements'), rounds.product);
    const rate = (list: readonly Round[]) => median(list.map((round) => round.perSecond));
    const cpu = (list: readonly Round[]) => median(list.map((round) => round.cpuPerRequest)).toFixed(2);
    const ratio = rate(rounds.product) / rate(rounds.baseline);
    return {
      name: QUEUE_THROUGHPUT_BENCH,
      product: latencyOf(rounds.product),
      baseline: latencyOf(rounds.baseline),
      ratio,
      target: `req/s ratio ≥ ${TARGET_RATIO}`,
      verdict: ratio >= TARGET_RATIO ? 'PASS' : 'MISS',
      note:
        `${rate(rounds.product).toFixed(0)} / ${rate(rounds.baseline).toFixed(0)} req/s (median of ${options.rounds} rounds of ${options.seconds} s, ` +
        `${options.connections} connections, autocannon); columns: latency under load (median of the rounds' p50, worst round's p99); ` +
        `server CPU per request ${cpu(rounds.product)} / ${cpu(rounds.baseline)} ms`,
    };
  } finally {
    http?.close();
    await Promise.allSettled(children.map((child) => child.stop()));
    forget();
  }
}

/** What the product's server sent while loaded, per GraphQL request: the queue's three statements, and whatever ran beside them. */
function logStatements(context: BenchContext, statements: readonly StatementCount[], product: readonly Round[]): void {
  const requests = product.reduce((sum, round) => sum + round.requests, 0);
  if (requests === 0) return;
  context.log(`statements of the product server per GraphQL request (${requests} requests, its background work included):`);
  for (const statement of statements.slice(0, 8)) context.log(`    ${(statement.count / requests).toFixed(2)} × ${statement.sql}`);
}

/** `seconds` of load on one side: requests/s answered, latency, and the server's CPU per request. */
async function load(side: Side, connections: number, seconds: number): Promise<Round> {
  const before = await side.child.request<CpuUsage>('cpu');
  const result = await autocannon({ ...side.request, connections, duration: seconds });
  const after = await side.child.request<CpuUsage>('cpu');
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${side.label} under load: ${result.errors} connection errors, ${result.non2xx} answers not 2xx`);
  }
  const answered = result['2xx'];
  const cpuMs = (after.user + after.system - before.user - before.system) / 1000;
  return { perSecond: answered / result.duration, requests: answered, latency: result.latency, cpuPerRequest: answered > 0 ? cpuMs / answered : NaN };
}

/** The latency columns of the row: the median round's p50 (as median), the worst round's p99. */
function latencyOf(rounds: readonly Round[]): Summary {
  const p50s = summarize(rounds.map((round) => round.latency.p50));
  return {
    count: rounds.reduce((sum, round) => sum + round.requests, 0),
    min: Math.min(...rounds.map((round) => round.latency.min)),
    median: p50s.median,
    p99: Math.max(...rounds.map((round) => round.latency.p99)),
    max: Math.max(...rounds.map((round) => round.latency.max)),
    mean: summarize(rounds.map((round) => round.latency.average)).mean,
  };
}

interface GraphQLPage {
  data?: { queue: { totalCount: number; edges: { node: { id: string } }[] } };
  errors?: unknown[];
}

interface BarePage {
  totalCount: number;
  rows: { id: number }[];
}

/** Both endpoints must serve the same page before their rates compare. */
async function verifySamePage(product: Side, baseline: Side): Promise<void> {
  const [graphql, bare] = await Promise.all([fetchJson<GraphQLPage>(product), fetchJson<BarePage>(baseline)]);
  const queue = graphql.data?.queue;
  if (!queue || graphql.errors) throw new Error(`the GraphQL queue answered ${JSON.stringify(graphql).slice(0, 300)}`);
  const productIds = queue.edges.map((edge) => Number(edge.node.id)).join(',');
  const bareIds = bare.rows.map((row) => row.id).join(',');
  if (productIds !== bareIds || queue.totalCount !== bare.totalCount || queue.edges.length === 0) {
    throw new Error(`the endpoints answer different pages: GraphQL ${queue.edges.length} edges of ${queue.totalCount}, bare ${bare.rows.length} rows of ${bare.totalCount}`);
  }
}

/** One request, on a connection closed right after (an open one would hold up the server's graceful stop). */
async function fetchJson<T>(side: Side): Promise<T> {
  const url = new URL(side.request.url);
  const client = new KeepAliveClient(url.origin);
  try {
    // The bare server answers any method; POST is what the client has.
    const response = await client.post(url.pathname, String(side.request.body ?? ''), (side.request.headers ?? {}) as Record<string, string>);
    if (response.status !== 200) throw new Error(`${side.label} answered HTTP ${response.status}: ${response.body.slice(0, 300)}`);
    return JSON.parse(response.body) as T;
  } finally {
    client.close();
  }
}
