import { cpus } from 'node:os';
import pg from 'pg';
import { startApp, type RunningApp } from '../src/app/app.js';
import { loadConfig } from '../src/config.js';
import { errorRow, ratioRow, skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { BOARD_AGENT, customerName, historyShape, loadHistory, type HistoryShape } from './million.fixture.js';
import { sideBySide, timed } from './sampling.js';
import { summarize } from './stats.js';
import { consoleOperation } from './support/console-operation.js';
import { KeepAliveClient } from './support/http-client.js';
import { checkPlan, isExplainable, largeTables, type PlanVerdict } from './support/plan-check.js';
import { createScratchDatabase, type ScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import { captureSql, commonStatements } from './support/sql-capture.js';

export const MILLION_BENCH = 'million tickets: each read at 1 000 000 vs 10 000 tickets (GraphQL)';
const GENERATION = 'million: generate the history';
const PLANS = 'million: every plan on an index (EXPLAIN)';
/** The issue: each read at a million tickets costs at most twice what it costs at ten thousand. */
const TARGET_RATIO = 2;
const GENERATION_TARGET_S = 120;
/** A Seq Scan over a table this big is a plan problem (the tickets, their messages, timelines, documents). */
const LARGE_TABLE_ROWS = 20_000;

interface Options {
  readonly tickets: number;
  /** The comparison: the same generator at this size (issue: 10 000). */
  readonly baselineTickets: number;
  readonly warmup: number;
  readonly samples: number;
  /** Connections loading the per-ticket rows at once (one a core). */
  readonly loaders: number;
}

function optionsFrom(env: NodeJS.ProcessEnv = process.env): Options {
  const tickets = intFromEnv('BENCH_MILLION_TICKETS', 1_000_000, env);
  return {
    tickets,
    baselineTickets: intFromEnv('BENCH_MILLION_BASELINE_TICKETS', Math.max(100, Math.round(tickets / 100)), env),
    warmup: intFromEnv('BENCH_MILLION_WARMUP', 3, env),
    samples: intFromEnv('BENCH_MILLION_SAMPLES', 40, env),
    loaders: intFromEnv('BENCH_MILLION_LOADERS', cpus().length, env),
  };
}

/** One generated history behind its own product server, with what the operations need to name in it. */
interface Side {
  readonly shape: HistoryShape;
  readonly database: ScratchDatabase;
  readonly app: RunningApp;
  readonly sql: pg.Client;
  readonly http: KeepAliveClient;
  readonly token: string;
  readonly facts: Facts;
}

/** Ids and values of one history the operations ask about: the same positions in both. */
interface Facts {
  readonly ticketIds: number[];
  readonly organizationId: number;
  readonly organizationNumber: number;
  readonly assigneeId: number;
  readonly ticketNumber: string;
  readonly secondPage: string;
  readonly reportFrom: string;
  readonly reportTo: string;
}

interface Operation {
  readonly name: string;
  readonly query: string;
  /** Variables for one call; `call` counts calls, so reads rotate over several tickets. */
  variables(facts: Facts, call: number): Record<string, unknown>;
  /** Sorting the queue is what the index exists to avoid. */
  readonly forbidSort?: boolean;
}

const LIST_FIELDS = 'totalCount edges { cursor node { id number subject status priority criticality supportLevel receivedAt responseDueAt slaState organization { id name } assignee { id fullName } } } pageInfo { hasNextPage endCursor }';
const TICKETS = `query($first: Int, $after: String, $filter: TicketFilter) { tickets(first: $first, after: $after, filter: $filter) { ${LIST_FIELDS} } }`;
const listed = (name: string, filter: (facts: Facts) => Record<string, unknown> | null): Operation => ({
  name: `tickets(${name})`,
  query: TICKETS,
  variables: (facts) => ({ first: 50, filter: filter(facts) }),
});

function operations(): Operation[] {
  return [
    {
      name: 'queue(first: 50)',
      query: `query { queue(first: 50) { ${LIST_FIELDS} } }`,
      variables: () => ({}),
      forbidSort: true,
    },
    {
      name: 'ticket(id) as the ticket page asks',
      query: consoleOperation('features/ticket/graphql/ticket.graphql'),
      variables: (facts, call) => ({ id: String(facts.ticketIds[call % facts.ticketIds.length]) }),
    },
    listed('no filter', () => null),
    { name: 'tickets(page 2)', query: TICKETS, variables: (facts) => ({ first: 50, after: facts.secondPage }) },
    listed('statuses: [NEW]', () => ({ statuses: ['NEW'] })),
    listed('statuses: open', () => ({ statuses: ['IN_PROGRESS', 'WAITING_FOR_CUSTOMER'] })),
    listed('statuses: [CLOSED]', () => ({ statuses: ['CLOSED'] })),
    listed('organizationId', (facts) => ({ organizationId: String(facts.organizationId) })),
    listed('assigneeId', (facts) => ({ assigneeId: String(facts.assigneeId) })),
    listed('agent board', (facts) => ({ assigneeId: String(facts.assigneeId), statuses: ['NEW', 'IN_PROGRESS', 'WAITING_FOR_CUSTOMER'] })),
    listed('unassigned', () => ({ unassigned: true })),
    listed('criticality', () => ({ criticality: 'CRITICAL' })),
    listed('supportLevel', () => ({ supportLevel: 'EXTENDED' })),
    listed('categories', () => ({ categories: ['CERTIFICATE_INFO'] })),
    listed('number', (facts) => ({ number: facts.ticketNumber })),
    {
      name: 'searchTickets(a customer)',
      query: `query($q: String!) { searchTickets(query: $q, first: 20) { totalCount edges { rank node { id number subject status organization { name } } excerpts { field text highlights { start length } } } } }`,
      variables: (facts) => ({ q: customerName(facts.organizationNumber) }),
    },
    {
      name: 'slaCompliance(last 30 days)',
      query: `query($from: DateTime!, $to: DateTime!) { slaCompliance(from: $from, to: $to, groupBy: [LEVEL, CRITICALITY, AGENT, MONTH]) { supportLevel criticality month agent { id } met breached total complianceRate } }`,
      variables: (facts) => ({ from: facts.reportFrom, to: facts.reportTo }),
    },
  ];
}

/**
 * #17 target 2: a vendor's million tickets. The same generator builds two
 * histories, 1 000 000 and 10 000 tickets (organizations, open and waiting
 * tickets in proportion), each behind its own product server; every read the
 * console and integrators make (queue, ticket page, tickets with each filter
 * and paging, search, the SLA-9 report) runs through GraphQL over HTTP on
 * both, interleaved, and the big one may cost at most twice the small one.
 * The SQL each read sends is captured and EXPLAINed on the big history:
 * no Seq Scan over a large table, no Sort on the queue.
 */
export async function millionBench(context: BenchContext): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) return [skipRow(MILLION_BENCH, 'skipped: PostgreSQL not reachable')];
  const options = optionsFrom();
  const sides: Side[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  try {
    const rows: BenchRow[] = [];
    for (const tickets of [options.tickets, options.baselineTickets]) {
      const { side, generationMs } = await openSide(context, tickets, options.loaders, cleanups);
      sides.push(side);
      if (tickets === options.tickets) rows.push(generationRow(tickets, generationMs));
    }
    const [big, small] = sides as [Side, Side];
    const planVerdicts: { operation: string; verdict: PlanVerdict }[] = [];
    const large = await largeTables(big.sql, LARGE_TABLE_ROWS);
    context.log(`large tables (≥ ${LARGE_TABLE_ROWS} rows) at ${options.tickets}: ${[...large].sort().join(', ')}`);
    for (const operation of operations()) {
      try {
        rows.push(await measure(context, operation, big, small, large, planVerdicts, options));
      } catch (error) {
        // One broken read must not lose the others' figures.
        context.log(`${operation.name}: ${String(error)}`);
        rows.push(errorRow(`million: ${operation.name}`, error));
      }
    }
    rows.push(planRow(planVerdicts));
    return rows;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  }
}

/** One read: its SQL captured and EXPLAINed on the big history, then timed on both, interleaved. */
async function measure(
  context: BenchContext,
  operation: Operation,
  big: Side,
  small: Side,
  large: ReadonlySet<string>,
  planVerdicts: { operation: string; verdict: PlanVerdict }[],
  options: Options,
): Promise<BenchRow> {
  let calls = 0;
  const call = (side: Side) => () => request(side, operation, calls++);
  await call(small)();
  // Twice the same call (the same ticket), so background statements of the server drop out of the intersection.
  const captures: string[][] = [];
  for (let i = 0; i < 2; i += 1) captures.push((await captureSql(big.app.orm, () => request(big, operation, 0))).statements);
  const shapes = new Set<string>();
  for (const statement of sentByBoth(captures[0]!, captures[1]!).filter(isExplainable)) {
    const verdict = await checkPlan(big.sql, statement, { largeTables: large, forbidSort: operation.forbidSort ?? false });
    planVerdicts.push({ operation: operation.name, verdict });
    const line = `${verdict.problems.length > 0 ? 'BAD ' : ''}${verdict.shape}  ⟵  ${verdict.statement.slice(0, 240)}`;
    if (!shapes.has(verdict.shape) || verdict.problems.length > 0) context.log(`${operation.name}: ${line}`);
    shapes.add(verdict.shape);
  }
  const samples = await sideBySide(call(big), call(small), { warmup: options.warmup, samples: options.samples });
  return ratioRow(`million: ${operation.name}`, summarize(samples.product.wall), summarize(samples.baseline.wall), TARGET_RATIO, `${options.tickets} vs ${options.baselineTickets} tickets`);
}

async function openSide(context: BenchContext, tickets: number, loaders: number, cleanups: (() => Promise<void>)[]): Promise<{ side: Side; generationMs: number }> {
  const postgres = context.postgres;
  if (!postgres.reachable) throw new Error('PostgreSQL not reachable');
  const database = await createScratchDatabase(postgres.adminUrl);
  const forget = context.onCleanup(() => database.drop());
  cleanups.push(async () => {
    await database.drop();
    forget();
  });
  const app = await startApp({ ...loadConfig(productServerEnv()), database: { kind: 'postgresql', url: database.url } });
  cleanups.push(() => app.close());
  const sql = new pg.Client({ connectionString: database.url });
  // Dropping the database on a failure ends this connection: that must not crash the run.
  sql.on('error', () => undefined);
  await sql.connect();
  cleanups.push(() => sql.end());
  const shape = historyShape(tickets);
  let steps: Record<string, number> = {};
  const generationMs = await timed(async () => {
    steps = await loadHistory(sql, database.url, shape, loaders);
  });
  const stepText = Object.entries(steps).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
  context.log(
    `${tickets} tickets (${shape.organizations} organizations, ${shape.open} open, ${shape.waiting} waiting, ${shape.agents} more agents) ` +
      `generated in ${(generationMs / 1000).toFixed(1)} s: ${stepText}`,
  );
  context.log(`  ${await mix(sql)}`);
  const http = new KeepAliveClient(app.url);
  cleanups.push(async () => http.close());
  const token = await loginAs(http, 'lead@demo.local');
  const side: Side = { shape, database, app, sql, http, token, facts: await factsOf(sql, http, token, shape) };
  return { side, generationMs };
}

/** The same positions in either history: the middle customer, the board's agent, tickets spread over the ids. */
async function factsOf(sql: pg.Client, http: KeepAliveClient, token: string, shape: HistoryShape): Promise<Facts> {
  const organizationNumber = Math.ceil(shape.organizations / 2);
  const one = async <T>(text: string, values: unknown[] = []) => (await sql.query(text, values)).rows[0] as T;
  const organization = await one<{ id: number }>(`select id from organizations where name = $1`, [customerName(organizationNumber)]);
  const agent = await one<{ id: number }>(`select id from users where email = $1`, [BOARD_AGENT]);
  const ids = await sql.query<{ id: number }>(`select id from tickets where id % $1 = 0 order by id limit 20`, [Math.max(1, Math.floor(shape.tickets / 20))]);
  const middle = ids.rows[Math.floor(ids.rows.length / 2)]!.id;
  const first = await http.post('/graphql', JSON.stringify({ query: `query { tickets(first: 50) { pageInfo { endCursor } } }` }), { authorization: `Bearer ${token}` });
  const secondPage = (JSON.parse(first.body) as { data: { tickets: { pageInfo: { endCursor: string } } } }).data.tickets.pageInfo.endCursor;
  // Moscow midnights, as the console asks for a period: the last 30 days and today.
  const period = (
    await sql.query<{ from: Date; to: Date }>(
      `select (date_trunc('day', now() at time zone 'Europe/Moscow') - interval '30 days') at time zone 'Europe/Moscow' as from,
              (date_trunc('day', now() at time zone 'Europe/Moscow') + interval '1 day') at time zone 'Europe/Moscow' as to`,
    )
  ).rows[0]!;
  return {
    ticketIds: ids.rows.map((row) => row.id),
    organizationId: organization.id,
    organizationNumber,
    assigneeId: agent.id,
    ticketNumber: `SD-${String(middle).padStart(6, '0')}`,
    secondPage,
    reportFrom: period.from.toISOString(),
    reportTo: period.to.toISOString(),
  };
}

async function request(side: Side, operation: Operation, call: number): Promise<void> {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables(side.facts, call) });
  const post = () => side.http.post('/graphql', body, { authorization: `Bearer ${side.token}` });
  // A keep-alive socket the server closed while idle (a slow EXPLAIN in between): the read is safe to send again.
  const response = await post().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'ECONNRESET') return post();
    throw error;
  });
  if (response.status !== 200) throw new Error(`${operation.name} answered HTTP ${response.status}: ${response.body.slice(0, 300)}`);
  const parsed = JSON.parse(response.body) as { data?: Record<string, unknown> | null; errors?: unknown };
  if (parsed.errors || !parsed.data || Object.values(parsed.data).some((value) => value === null)) {
    throw new Error(`${operation.name} answered ${response.body.slice(0, 300)}`);
  }
  if (JSON.stringify(parsed.data).length < 40) throw new Error(`${operation.name} found nothing: ${response.body.slice(0, 300)}`);
}

async function mix(sql: pg.Client): Promise<string> {
  const statuses = await sql.query<{ status: string; n: string }>(`select status, count(*) as n from tickets group by 1 order by 1`);
  const counts = await sql.query<{ messages: string; timeline: string; documents: string; cells: string }>(
    `select (select count(*) from ticket_messages) as messages, (select count(*) from timeline_entries) as timeline,
            (select count(*) from ticket_search_documents) as documents, (select count(*) from compliance_rollup) as cells`,
  );
  const c = counts.rows[0]!;
  return `${statuses.rows.map((row) => `${row.status} ${row.n}`).join(', ')}; ${c.messages} messages, ${c.timeline} timeline lines, ${c.documents} search documents, ${c.cells} rollup cells`;
}

/**
 * The statements of the first capture that the second one sent too (the background's differ), compared
 * with their instants blanked: a read as of "now" (the SLA-9 report) sends a new one every time.
 */
function sentByBoth(first: readonly string[], second: readonly string[]): string[] {
  const blank = (statement: string) => statement.replace(/'\d{4}-\d\d-\d\dT[\d:.]+Z'/g, "'…'");
  const firstKeys = first.map(blank);
  const common = commonStatements([firstKeys, second.map(blank)]);
  return common.map((key) => first[firstKeys.indexOf(key)]!);
}

function generationRow(tickets: number, ms: number): BenchRow {
  const seconds = ms / 1000;
  return {
    name: GENERATION,
    target: `≤ ${GENERATION_TARGET_S} s`,
    verdict: seconds <= GENERATION_TARGET_S ? 'PASS' : 'MISS',
    note: `${tickets} tickets with organizations, messages, timelines, search documents and the rollup in ${seconds.toFixed(1)} s`,
  };
}

function planRow(verdicts: readonly { operation: string; verdict: PlanVerdict }[]): BenchRow {
  const bad = verdicts.filter(({ verdict }) => verdict.problems.length > 0);
  return {
    name: PLANS,
    target: 'no Seq Scan on a large table; no Sort on the queue',
    verdict: bad.length === 0 ? 'PASS' : 'MISS',
    note:
      bad.length === 0
        ? `${verdicts.length} statements checked`
        : `${bad.length} of ${verdicts.length} statements: ` +
          bad.map(({ operation, verdict }) => `[${operation}] ${verdict.problems.join(', ')}: ${verdict.shape} ⟵ ${verdict.statement.slice(0, 300)}`).join(' ‖ '),
  };
}
