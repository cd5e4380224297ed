import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApp, type RunningApp } from '../src/app/app.js';
import type { DatabaseConfig } from '../src/config.js';
import { loadConfig } from '../src/config.js';
import { formatMs, skipRow, type BenchRow } from './bench-table.js';
import { intFromEnv, type BenchContext } from './benchmark.js';
import { timed } from './sampling.js';
import { summarize } from './stats.js';
import { KeepAliveClient } from './support/http-client.js';
import { onboardingCsv } from './support/onboarding-file.js';
import { createScratchDatabase } from './support/postgres.js';
import { loginAs, productServerEnv } from './support/product-server.js';

export const DIRECTORY_IMPORT_BENCH = 'importDirectory: 10 000 CSV rows (customer, contract, contact each)';
/** "A 10 000-row file imports in seconds" (#12). */
const TARGET_MS = 30_000;
const IMPORT = `mutation($input: DirectoryImportInput!) { importDirectory(input: $input) { applied problemCount contracts { created unchanged } } }`;

/**
 * Bulk onboarding through the whole product (HTTP, the gzipped base64 file,
 * decoding, the row checks, the plan, the transaction): the dry run, the
 * apply, and the same file again (all unchanged), on PostgreSQL and on the
 * embedded database. One run each: it is a budget, not a ratio.
 */
export async function directoryImportBench(context: BenchContext): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sqliteDir = await mkdtemp(join(tmpdir(), 'desk-import-bench-'));
  try {
    rows.push(...(await importOn('embedded SQLite', { kind: 'sqlite', file: join(sqliteDir, 'desk.sqlite') })));
  } finally {
    await rm(sqliteDir, { recursive: true, force: true });
  }
  if (!context.postgres.reachable) return [...rows, skipRow(`${DIRECTORY_IMPORT_BENCH}, PostgreSQL`, 'skipped: PostgreSQL not reachable')];
  const database = await createScratchDatabase(context.postgres.adminUrl);
  const forget = context.onCleanup(() => database.drop());
  try {
    rows.push(...(await importOn('PostgreSQL', { kind: 'postgresql', url: database.url })));
  } finally {
    await database.drop();
    forget();
  }
  return rows;
}

async function importOn(label: string, database: DatabaseConfig): Promise<BenchRow[]> {
  let app: RunningApp | null = null;
  let http: KeepAliveClient | null = null;
  const rowCount = intFromEnv('BENCH_IMPORT_ROWS', 10_000);
  try {
    app = await startApp({ ...loadConfig(productServerEnv()), database });
    http = new KeepAliveClient(app.url);
    const token = await loginAs(http, 'admin@demo.local');
    const content = gzipSync(Buffer.from(onboardingCsv(rowCount))).toString('base64');
    const client = http;
    const run = async (dryRun: boolean, expectCreated: number) => {
      const response = await client.post('/graphql', JSON.stringify({ query: IMPORT, variables: { input: { fileName: 'bench.csv', content, dryRun } } }), { authorization: `Bearer ${token}` });
      const report = (JSON.parse(response.body) as { data?: { importDirectory: { problemCount: number; contracts: { created: number } } } }).data?.importDirectory;
      if (!report || report.problemCount > 0 || report.contracts.created !== expectCreated) throw new Error(`importDirectory answered ${response.body.slice(0, 300)}`);
    };
    const steps: [string, number][] = [
      ['dry run', await timed(() => run(true, rowCount))],
      ['apply', await timed(() => run(false, rowCount))],
      ['same file again', await timed(() => run(false, 0))],
    ];
    return steps.map(([step, ms]) => ({
      name: `${DIRECTORY_IMPORT_BENCH}, ${label}: ${step}`,
      product: summarize([ms]),
      target: `≤ ${formatMs(TARGET_MS)} ms`,
      verdict: ms <= TARGET_MS ? 'PASS' : 'MISS',
    }));
  } finally {
    http?.close();
    await app?.close().catch(() => undefined);
  }
}
