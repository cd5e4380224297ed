import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../src/app/app.js';
import { loadConfig } from '../src/config.js';
import { Role } from '../src/entities/auth/role.enum.js';
import { ratioRow, skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { insertOpenTickets } from './queue-page.fixture.js';
import { summarize } from './stats.js';
import { KeepAliveClient } from './support/http-client.js';
import { createScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';

export const VIEW_COUNTS_BENCH = 'myWork: 50 users\' view counts on one ticket change (CPU per change) vs the change alone';
/** A whole change reaching every watcher costs at most this many times the change with nobody watching (CPU). */
const TARGET_RATIO = 4;

/**
 * One ticket change (a reassignment) with 50 agents watching their views live — each stream carries
 * six built-in counts and one saved view of its own — against the same change with nobody watching.
 * Per change: the Node CPU of the whole process (server and the 50 clients are in it) from the
 * mutation until the last watcher has the event with its version; the baseline until the change's
 * events are published. The counts are worked out once per batch for everyone (views-live.ts).
 */
export async function viewCountsBench(context: BenchContext): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) return [skipRow(VIEW_COUNTS_BENCH, 'skipped: PostgreSQL not reachable')];
  const watchers = intFromEnv('BENCH_VIEW_WATCHERS', 50);
  const changes = intFromEnv('BENCH_VIEW_CHANGES', 60);
  const openTickets = intFromEnv('BENCH_VIEW_TICKETS', 5_000);
  const database = await createScratchDatabase(postgres.adminUrl);
  const forget = context.onCleanup(() => database.drop());
  let app: RunningApp | null = null;
  let http: KeepAliveClient | null = null;
  const sockets: Client[] = [];
  const sql = new pg.Client({ connectionString: database.url });
  try {
    app = await startApp({ ...loadConfig(productServerEnv()), database: { kind: 'postgresql', url: database.url } });
    await sql.connect();
    await insertOpenTickets(sql, openTickets);
    await sql.query(
      `insert into users (email, password_hash, full_name, role, active, created_at, organization_admin)
       select 'bench-agent-' || g || '@desk.local', (select password_hash from users where email = 'lead@demo.local'), 'Bench Agent ' || g, 'AGENT', true, now(), false
       from generate_series(1, $1::int) g`,
      [watchers],
    );
    const agents = (await sql.query<{ id: number }>(`select id from users where email like 'bench-agent-%' order by id`)).rows.map((r) => r.id);
    await sql.query(`update tickets set assignee_id = $1, status = 'IN_PROGRESS', responded_at = received_at where id % 10 = 0`, [agents[0]]);
    await sql.query('vacuum (analyze) tickets');
    http = new KeepAliveClient(app.url);
    const lead = await loginAs(http, 'lead@demo.local');
    const tokens = await Promise.all(agents.map((userId) => app!.services.tokens.issue({ userId, role: Role.AGENT, sessionVersion: 0 })));
    const client = http;
    const post = async (query: string, variables: Record<string, unknown>, token: string) => {
      const response = await client.post('/graphql', JSON.stringify({ query, variables }), { authorization: `Bearer ${token}` });
      const body = JSON.parse(response.body) as { errors?: unknown; data?: Record<string, unknown> };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
      return body.data!;
    };
    for (const token of tokens) {
      await post(`mutation($i: SaveViewInput!) { saveView(input: $i) { id } }`, { i: { name: 'Критичные', filter: { criticalities: ['CRITICAL'], statuses: ['NEW', 'IN_PROGRESS'] } } }, token);
    }
    const ticketId = (await sql.query<{ id: number }>(`select id from tickets where assignee_id = $1 limit 1`, [agents[0]])).rows[0]!.id;
    let target = 0;
    const reassign = () => post(`mutation($id: ID!, $to: ID!) { assignTicket(ticketId: $id, assigneeId: $to) { id } }`, { id: String(ticketId), to: String(agents[++target % 2]) }, lead);

    const measure = async (done: () => Promise<void>): Promise<{ cpu: number; wall: number }> => {
      const cpu = process.cpuUsage();
      const start = performance.now();
      await reassign();
      await done();
      const used = process.cpuUsage(cpu);
      return { cpu: (used.user + used.system) / 1000, wall: performance.now() - start };
    };
    const drained = () => app!.services.live.drained();

    const baseline: { cpu: number; wall: number }[] = [];
    for (let i = 0; i < 10; i++) await measure(drained);
    for (let i = 0; i < changes; i++) baseline.push(await measure(drained));

    const latest = new Array<number>(watchers).fill(0);
    for (const [index, token] of tokens.entries()) {
      const ws = createClient({ url: `${app.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
      sockets.push(ws);
      ws.subscribe<{ myWork: { version: number } }>(
        { query: 'subscription { myWork(viewId: "MINE_IN_PROGRESS", first: 20) { version kind counts { viewId count } ticket { id } position } }' },
        { next: (r) => (latest[index] = Math.max(latest[index]!, r.data?.myWork.version ?? 0)), error: () => undefined, complete: () => undefined },
      );
    }
    const everyone = async () => {
      const version = Number((await sql.query<{ v: string }>('select change_version as v from queue_state where id = 1')).rows[0]!.v);
      const deadline = Date.now() + 10_000;
      while (latest.some((v) => v < version)) {
        if (Date.now() > deadline) throw new Error('a watcher did not receive the change within 10 s');
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    while (app.services.views.watcherCount < watchers) await new Promise((resolve) => setTimeout(resolve, 20));
    const product: { cpu: number; wall: number }[] = [];
    for (let i = 0; i < 10; i++) await measure(everyone);
    for (let i = 0; i < changes; i++) product.push(await measure(everyone));
    const wall = (rows: { wall: number }[]) => summarize(rows.map((r) => r.wall)).median.toFixed(1);
    return [
      ratioRow(
        VIEW_COUNTS_BENCH,
        summarize(product.map((r) => r.cpu)),
        summarize(baseline.map((r) => r.cpu)),
        TARGET_RATIO,
        `figures are CPU ms per change; wall to the last of ${watchers} watchers ${wall(product)} ms vs ${wall(baseline)} ms; ${openTickets} open tickets, 7 views a watcher`,
      ),
    ];
  } finally {
    for (const socket of sockets) await socket.dispose();
    http?.close();
    await sql.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database.drop();
    forget();
  }
}
