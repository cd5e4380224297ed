import { randomBytes } from 'node:crypto';
import { compareQueueOrder } from '@desk/sla';
import pg from 'pg';
import { startApp, type RunningApp } from '../app.js';
import { loadConfig } from '../config.js';
import { DEMO_PASSWORD } from '../infra/database/seed-demo.js';
import { ratioRow, skipRow, type BenchRow } from './bench-table.js';
import type { BenchContext } from './benchmark.js';
import { sideBySide, timed } from './sampling.js';
import { summarize } from './stats.js';
import { KeepAliveClient } from './support/http-client.js';
import { createScratchDatabase, redact } from './support/postgres.js';

export const QUEUE_PAGE_BENCH = 'queue(first: 50) GraphQL vs bare SQL';
const PLAN_CHECK = 'queue page plan (EXPLAIN)';
const QUEUE_INDEX = 'tickets_queue_order_idx';
const TARGET_RATIO = 2;
const PAGE_SIZE = 50;

export interface QueuePageOptions {
  /** Open tickets in the queue (issue: 100 000). */
  readonly tickets: number;
  readonly warmup: number;
  /** Samples per side (issue: at least 300). */
  readonly samples: number;
}

export function queuePageOptionsFrom(env: NodeJS.ProcessEnv = process.env): QueuePageOptions {
  const int = (raw: string | undefined, fallback: number) => (raw && /^\d+$/.test(raw) ? Number(raw) : fallback);
  return {
    tickets: int(env.BENCH_QUEUE_TICKETS, 100_000),
    warmup: int(env.BENCH_WARMUP, 30),
    samples: int(env.BENCH_SAMPLES, 300),
  };
}

export const QUEUE_QUERY = `query { queue(first: ${PAGE_SIZE}) { totalCount edges { cursor node { id number subject priority criticality supportLevel status receivedAt responseDueAt organization { id name } assignee { id } } } pageInfo { hasNextPage endCursor } } }`;

/*
 * The bare SQL behind that operation, exactly as MikroORM 6.6 sends it to
 * PostgreSQL. Captured by running the same operation through the built schema
 * against `openOrm(db, { debug: true })` (MikroORM inlines the parameters with
 * platform.formatQuery and sends the text through knex.raw without bindings, so
 * the logged text is the wire text). One request runs, in this order:
 *
 *   0. loadActor (context, every request; NOT part of the baseline: it is auth,
 *      not the queue resolver):
 *        select "u0".* from "users" as "u0" where "u0"."id" = 1 and "u0"."active" = true limit 1
 *   1. QueueService.page — em.find(Ticket, { status: NEW }, { orderBy: QUEUE_ORDER, limit: first + 1 }):
 *        PAGE_SQL below
 *   2. QueueService.page — em.count(Ticket, IN_QUEUE), in parallel with 1 (Promise.all, second pool connection):
 *        COUNT_SQL below
 *   3. TicketResolver.organization — ticket.organization.loadOrFail({ dataloader: true }), one batch for the page:
 *        select "o0".* from "organizations" as "o0" where "o0"."id" in (3, 2)
 *
 * `assignee { id }` costs no query here: every queued ticket is unassigned
 * (status NEW: `startWork` assigns and moves it on), so the resolver returns null.
 * The baseline runs 1, 2 and 3 one after another on one plain pg.Client.
 */
export const PAGE_SQL = `select "t0".* from "tickets" as "t0" where "t0"."status" = 'NEW' order by "t0"."priority" asc, "t0"."response_due_at" asc, "t0"."received_at" asc, "t0"."id" asc limit ${PAGE_SIZE + 1}`;
export const COUNT_SQL = `select count(*) as "count" from "tickets" as "t0" where "t0"."status" = 'NEW'`;
export const organizationsSql = (ids: readonly number[]) => `select "o0".* from "organizations" as "o0" where "o0"."id" in (${ids.join(', ')})`;

interface TicketRow {
  id: number;
  priority: number;
  organization_id: number;
  received_at: Date;
  response_due_at: Date;
}

interface QueueNode {
  id: string;
  priority: number;
  status: string;
  receivedAt: string;
  responseDueAt: string;
  organization: { id: string; name: string } | null;
  assignee: { id: string } | null;
}

interface QueueResponse {
  data?: {
    queue: {
      totalCount: number;
      edges: { cursor: string; node: QueueNode }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
  errors?: unknown[];
}

/**
 * The queue page through the whole product (HTTP, Apollo, auth, type-graphql,
 * MikroORM, dataloader, JSON) against the SQL it runs, over 100 000 open tickets.
 */
export async function queuePageBench(context: BenchContext, options: QueuePageOptions = queuePageOptionsFrom()): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) {
    return [skipRow(QUEUE_PAGE_BENCH, `skipped: PostgreSQL not reachable at ${redact(postgres.adminUrl)} (${postgres.reason})`)];
  }
  const database = await createScratchDatabase(postgres.adminUrl);
  const forget = context.onCleanup(() => database.drop());
  let app: RunningApp | null = null;
  let http: KeepAliveClient | null = null;
  const sql = new pg.Client({ connectionString: database.url });
  let sqlConnected = false;
  try {
    context.log(`scratch database ${database.name}`);
    app = await startApp({
      ...loadConfig({
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(32).toString('hex'),
        PORT: '0',
        HOST: '127.0.0.1',
        CONSOLE_DIR: '',
        LOG_LEVEL: 'error',
        SEED_DEMO: '1',
        SEED_DEMO_TICKETS: '0',
      }),
      database: { kind: 'postgresql', url: database.url },
    });
    await sql.connect();
    sqlConnected = true;

    const insertMs = await timed(() => insertOpenTickets(sql, options.tickets));
    const vacuumMs = await timed(() => sql.query('vacuum (analyze) tickets'));
    context.log(`inserted ${options.tickets} open tickets in ${(insertMs / 1000).toFixed(1)} s (one insert … select from generate_series), vacuum analyze ${(vacuumMs / 1000).toFixed(1)} s`);
    context.log(`tickets by priority: ${await priorityMix(sql)}`);

    const planCheck = await checkPlan(sql, context);

    http = new KeepAliveClient(app.url);
    const token = await login(http);
    const requestBody = JSON.stringify({ query: QUEUE_QUERY });
    const headers = { authorization: `Bearer ${token}` };
    const client = http;

    const product = async (): Promise<QueueResponse> => {
      const response = await client.post('/graphql', requestBody, headers);
      if (response.status !== 200) throw new Error(`queue answered HTTP ${response.status}: ${response.body.slice(0, 300)}`);
      const body = JSON.parse(response.body) as QueueResponse;
      if (body.errors || body.data?.queue.edges.length !== PAGE_SIZE) throw new Error(`queue answered ${response.body.slice(0, 300)}`);
      return body;
    };
    const baseline = async (): Promise<{ page: TicketRow[]; count: number; organizations: number }> => {
      const page = await sql.query<TicketRow>(PAGE_SQL);
      const count = await sql.query<{ count: string }>(COUNT_SQL);
      const ids = [...new Set(page.rows.slice(0, PAGE_SIZE).map((row) => row.organization_id))];
      const organizations = await sql.query(organizationsSql(ids));
      return { page: page.rows, count: Number(count.rows[0]?.count), organizations: organizations.rowCount ?? 0 };
    };

    verifySameAnswer(await product(), await baseline(), options.tickets);
    context.log(`verified: ${PAGE_SIZE} edges in SLA-6 order, same ids as the bare query, totalCount ${options.tickets}, hasNextPage`);

    const samples = await sideBySide(product, baseline, {
      warmup: options.warmup,
      samples: options.samples,
      onProgress: (done, of) => {
        if (process.stderr.isTTY) process.stderr.write(`  queue page: ${done}/${of} rounds${done === of ? '\n' : '\r'}`);
      },
    });
    return [ratioRow(QUEUE_PAGE_BENCH, summarize(samples.product), summarize(samples.baseline), TARGET_RATIO, `${options.tickets} open tickets`), planCheck];
  } finally {
    http?.close();
    if (sqlConnected) await sql.end().catch(() => undefined);
    await app?.close().catch((error: unknown) => context.log(`closing the server failed: ${String(error)}`));
    await database.drop();
    forget();
  }
}

/**
 * 100 000 open tickets in one set-based statement, spread like a busy queue:
 * contracts (and so organizations and levels) round-robin over the active demo
 * contracts, 30 % CRITICAL, arrivals over the last 14 days, deadlines of SLA-1
 * response time plus, for 40 %, an out-of-hours shift of up to 2.5 days;
 * priority from criticality × level as @desk/sla's priorityOf. Seeded so every
 * run builds the same data.
 */
export async function insertOpenTickets(sql: pg.Client, count: number): Promise<void> {
  await sql.query(`
    insert into contacts (organization_id, full_name, position, phone, email, created_at)
    select distinct c.organization_id, 'Bench Contact', 'Engineer', '+7 000 000-00-00', null::varchar, now()
    from support_contracts c`);
  await sql.query('select setseed(0.42)');
  await sql.query(
    `
    with contract as (
      select (row_number() over (order by c.id) - 1)::int as k, c.id, c.organization_id, c.support_level,
             (select min(ct.id) from contacts ct where ct.organization_id = c.organization_id) as contact_id
      from support_contracts c
      where c.valid_from <= $1 and c.valid_until >= $1
    ),
    drawn as (
      select g, c.id as contract_id, c.organization_id, c.contact_id, c.support_level,
             case when random() < 0.3 then 'CRITICAL' else 'NON_CRITICAL' end as criticality,
             date_trunc('milliseconds', now() - random() * interval '14 days') as received_at,
             case when random() < 0.4 then random() * 2.5 * 86400 else 0 end as shift_seconds
      from generate_series(1, $2::int) as g
      join contract c on c.k = g % (select count(*) from contract)
    ),
    timed as (
      select d.*,
             case d.support_level
               when 'EXTENDED' then case d.criticality when 'CRITICAL' then 1200 else 2700 end
               else case d.criticality when 'CRITICAL' then 1800 else 3600 end
             end + d.shift_seconds as due_seconds
      from drawn d
    )
    insert into tickets (
      subject, description, category, criticality, support_level, priority, status, channel,
      received_at, response_due_at, at_risk_at, escalation_level,
      organization_id, contract_id, contact_id, created_at, updated_at, version)
    select
      (array['АРМ не загружается после обновления', 'Ошибка при входе в систему', 'Вопрос о настройке UEFI',
             'Срок действия сертификата', 'Не применяется политика безопасности', 'Запрос обновления'])[1 + g % 6]
        || ' #' || g,
      'Создано бенчмарком очереди (queue-page.bench).',
      (array['INCIDENT', 'FUNCTIONALITY_QUESTION', 'INSTALLATION_CONFIGURATION', 'UPDATE_REQUEST',
             'CERTIFICATE_INFO', 'DOCUMENTATION_REQUEST', 'FEATURE_REQUEST', 'COMMERCIAL_QUESTION'])[1 + g % 8],
      criticality, support_level,
      case when criticality = 'CRITICAL' then case when support_level = 'EXTENDED' then 1 else 2 end
           else case when support_level = 'EXTENDED' then 3 else 4 end end,
      'NEW',
      (array['PHONE', 'EMAIL', 'PORTAL', 'TELEGRAM', 'API'])[1 + g % 5],
      received_at,
      date_trunc('milliseconds', received_at + make_interval(secs => due_seconds)),
      date_trunc('milliseconds', received_at + make_interval(secs => 0.75 * due_seconds)),
      0, organization_id, contract_id, contact_id, received_at, received_at, 1
    from timed`,
    [moscowToday(), count],
  );
}

function moscowToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

async function priorityMix(sql: pg.Client): Promise<string> {
  const result = await sql.query<{ priority: number; n: string }>(
    `select priority, count(*) as n from tickets where status = 'NEW' group by priority order by priority`,
  );
  return result.rows.map((row) => `P${row.priority} ${row.n}`).join(', ');
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

/** EXPLAIN of the page query once: it must walk tickets_queue_order_idx (no sort, no heap scan of the table). */
async function checkPlan(sql: pg.Client, context: BenchContext): Promise<BenchRow> {
  const json = await sql.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`explain (format json) ${PAGE_SQL}`);
  const root = json.rows[0]?.['QUERY PLAN'][0]?.Plan;
  const nodes: PlanNode[] = [];
  const walk = (node: PlanNode | undefined) => {
    if (!node) return;
    nodes.push(node);
    node.Plans?.forEach(walk);
  };
  walk(root);
  const usesIndex = nodes.some((node) => /^Index (Only )?Scan$/.test(node['Node Type']) && node['Index Name'] === QUEUE_INDEX);
  const sorts = nodes.some((node) => node['Node Type'].includes('Sort'));
  for (const [label, query] of [['page', PAGE_SQL], ['count', COUNT_SQL]] as const) {
    const text = await sql.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${query}`);
    context.log(`EXPLAIN ANALYZE (${label}): ${query}`);
    for (const row of text.rows) context.log(`    ${row['QUERY PLAN']}`);
  }
  const shape = nodes.map((node) => `${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : ''}`).join(' → ');
  return {
    name: PLAN_CHECK,
    target: `Index Scan ${QUEUE_INDEX}`,
    verdict: usesIndex && !sorts ? 'PASS' : 'MISS',
    note: usesIndex && !sorts ? shape : `plan is ${shape}: the planner does not page the queue by ${QUEUE_INDEX}`,
  };
}

async function login(http: KeepAliveClient): Promise<string> {
  const response = await http.post(
    '/graphql',
    JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: 'lead@demo.local', p: DEMO_PASSWORD },
    }),
  );
  const token = (JSON.parse(response.body) as { data?: { login?: { token?: string } } }).data?.login?.token;
  if (!token) throw new Error(`login as lead@demo.local failed: HTTP ${response.status} ${response.body.slice(0, 300)}`);
  return token;
}

/** Both sides must answer the same page before their times mean anything. */
function verifySameAnswer(
  product: QueueResponse,
  baseline: { page: TicketRow[]; count: number; organizations: number },
  tickets: number,
): void {
  const queue = product.data?.queue;
  if (!queue) throw new Error(`queue answered no data: ${JSON.stringify(product.errors)}`);
  const problems: string[] = [];
  const edges = queue.edges;
  if (edges.length !== PAGE_SIZE) problems.push(`${edges.length} edges, expected ${PAGE_SIZE}`);
  if (queue.totalCount !== tickets) problems.push(`totalCount ${queue.totalCount}, expected ${tickets}`);
  if (!queue.pageInfo.hasNextPage) problems.push('hasNextPage is false');
  if (queue.pageInfo.endCursor !== edges.at(-1)?.cursor) problems.push('endCursor is not the last edge cursor');
  const key = (node: QueueNode) => ({
    priority: node.priority,
    responseDueAt: new Date(node.responseDueAt),
    receivedAt: new Date(node.receivedAt),
    sequence: Number(node.id),
  });
  for (let i = 1; i < edges.length; i += 1) {
    if (compareQueueOrder(key(edges[i - 1]!.node), key(edges[i]!.node)) >= 0) {
      problems.push(`edges ${i - 1} and ${i} are not in SLA-6 order`);
      break;
    }
  }
  if (edges.some((edge) => edge.node.status !== 'NEW' || !edge.node.organization)) problems.push('an edge is not NEW or lacks its organization');
  const productIds = edges.map((edge) => Number(edge.node.id)).join(',');
  const baselineIds = baseline.page.slice(0, PAGE_SIZE).map((row) => row.id).join(',');
  if (productIds !== baselineIds) problems.push('the page differs from the bare query');
  if (baseline.page.length !== PAGE_SIZE + 1) problems.push(`bare page query returned ${baseline.page.length} rows`);
  if (baseline.count !== tickets) problems.push(`bare count is ${baseline.count}`);
  if (baseline.organizations < 1) problems.push('bare organization lookup found nothing');
  if (problems.length > 0) throw new Error(`queue page check failed: ${problems.join('; ')}`);
}
