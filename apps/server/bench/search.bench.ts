import pg from 'pg';
import { startApp, type RunningApp } from '../src/app/app.js';
import { loadConfig } from '../src/config.js';
import { ratioRow, skipRow, type BenchRow } from './bench-table.js';
import type { BenchContext } from './benchmark.js';
import { insertOpenTickets } from './queue-page.fixture.js';
import { queuePageOptionsFrom } from './queue-page.bench.js';
import { sideBySide, timed } from './sampling.js';
import { summarize } from './stats.js';
import { KeepAliveClient } from './support/http-client.js';
import { createScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';
import { indexTicketsForSearch } from './support/search-documents.js';

export const SEARCH_BENCH = 'searchTickets(first: 20) over 100 000 tickets vs bare full-text SQL';
const TARGET_RATIO = 2;
const QUERY = 'сертификатов';

const SEARCH = `query($q: String!) { searchTickets(query: $q, first: 20) { totalCount edges { rank node { id number subject status organization { name } } excerpts { field text highlights { start length } } } } }`;

/** The ranked full-text statement alone: what PostgreSQL must do for any search of these words (#13). */
export const BARE_SEARCH_SQL =
  `select d.ticket_id, ts_rank(d.search_vector, q.query, 1) as score, count(*) over () as total ` +
  `from ticket_search_documents d cross join plainto_tsquery('russian', $1) as q(query) where d.search_vector @@ q.query ` +
  `order by score desc, d.ticket_id desc limit 20`;

/**
 * Ticket search (#13) through the whole product (HTTP, auth, the ranked query, the tickets, their
 * excerpts with Russian stemming) against the bare ranked full-text SQL, over 100 000 tickets whose
 * documents are indexed as the application indexes them (title, party, body).
 */
export async function searchBench(context: BenchContext): Promise<BenchRow[]> {
  const { postgres } = context;
  if (!postgres.reachable) return [skipRow(SEARCH_BENCH, 'skipped: PostgreSQL not reachable')];
  const options = queuePageOptionsFrom();
  const database = await createScratchDatabase(postgres.adminUrl);
  const forget = context.onCleanup(() => database.drop());
  let app: RunningApp | null = null;
  let http: KeepAliveClient | null = null;
  const sql = new pg.Client({ connectionString: database.url });
  try {
    app = await startApp({ ...loadConfig(productServerEnv()), database: { kind: 'postgresql', url: database.url } });
    await sql.connect();
    const insertMs = await timed(async () => {
      await insertOpenTickets(sql, options.tickets);
      await indexTicketsForSearch(sql);
    });
    context.log(`indexed ${options.tickets} tickets in ${(insertMs / 1000).toFixed(1)} s`);
    const matches = await sql.query<{ total: string }>(BARE_SEARCH_SQL, [QUERY]);
    context.log(`«${QUERY}» matches ${matches.rows[0]?.total ?? 0} tickets (every 6th subject is «Срок действия сертификата»)`);

    http = new KeepAliveClient(app.url);
    const token = await loginAs(http, 'lead@demo.local');
    const body = JSON.stringify({ query: SEARCH, variables: { q: QUERY } });
    const client = http;
    const product = async () => {
      const response = await client.post('/graphql', body, { authorization: `Bearer ${token}` });
      const parsed = JSON.parse(response.body) as { data?: { searchTickets: { edges: unknown[]; totalCount: number } }; errors?: unknown };
      if (parsed.errors || parsed.data?.searchTickets.edges.length !== 20) throw new Error(`searchTickets answered ${response.body.slice(0, 300)}`);
      return parsed;
    };
    const baseline = () => sql.query(BARE_SEARCH_SQL, [QUERY]);
    const first = await product();
    if (first.data!.searchTickets.totalCount !== Number(matches.rows[0]?.total)) throw new Error('product and bare SQL disagree on the number of matches');
    const samples = await sideBySide(product, baseline, { warmup: options.warmup, samples: Math.min(options.samples, 200) });
    const cpu = (values: number[]) => summarize(values).median.toFixed(2);
    return [
      ratioRow(SEARCH_BENCH, summarize(samples.product.wall), summarize(samples.baseline.wall), TARGET_RATIO, `Node CPU per call ${cpu(samples.product.cpu)} / ${cpu(samples.baseline.cpu)} ms; «${QUERY}» over ${options.tickets} tickets`),
    ];
  } finally {
    http?.close();
    await sql.end().catch(() => undefined);
    await app?.close().catch(() => undefined);
    await database.drop();
    forget();
  }
}
