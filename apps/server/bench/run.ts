import 'reflect-metadata';
import { cpus, loadavg } from 'node:os';
import { BenchTable, errorRow, type BenchRow } from './bench-table.js';
import type { BenchContext, Benchmark, PostgresTarget } from './benchmark.js';
import { COMPLIANCE_REPORT_BENCH, complianceReportBench } from './compliance-report.bench.js';
import { DIRECTORY_IMPORT_BENCH, directoryImportBench } from './directory-import.bench.js';
import { FANOUT_BENCH, fanoutBench } from './fanout.bench.js';
import { QUEUE_PAGE_BENCH, queuePageBench } from './queue-page.bench.js';
import { TIMELINESS_BENCH, timelinessBench } from './timeliness.bench.js';
import { SEARCH_BENCH, searchBench } from './search.bench.js';
import { VIEW_COUNTS_BENCH, viewCountsBench } from './view-counts.bench.js';
import { adminUrlFrom, probePostgres, redact } from './support/postgres.js';

/**
 * `pnpm bench`: every entry, one table. An entry is a function returning rows;
 * add the next one (WebSocket fan-out, timer lateness, console budgets) here.
 * Knobs: BENCH_DATABASE_URL (else TEST_DATABASE_URL, else the local default),
 * BENCH_SAMPLES, BENCH_WARMUP, BENCH_QUEUE_TICKETS; BENCH_STRICT=1 also fails on MISS.
 */
const BENCHMARKS: readonly Benchmark[] = [
  { name: QUEUE_PAGE_BENCH, run: queuePageBench },
  { name: FANOUT_BENCH, run: fanoutBench },
  { name: TIMELINESS_BENCH, run: timelinessBench },
  { name: SEARCH_BENCH, run: searchBench },
  { name: VIEW_COUNTS_BENCH, run: viewCountsBench },
  { name: COMPLIANCE_REPORT_BENCH, run: complianceReportBench },
  { name: DIRECTORY_IMPORT_BENCH, run: directoryImportBench },
];

async function main(): Promise<number> {
  const cleanups = new Set<() => Promise<void>>();
  const interrupt = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: cleaning up\n`);
    void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  const adminUrl = adminUrlFrom();
  const probe = await probePostgres(adminUrl);
  const postgres: PostgresTarget =
    'version' in probe ? { reachable: true, adminUrl, version: probe.version } : { reachable: false, adminUrl, reason: probe.error };
  const cpuList = cpus();
  const environment = [
    `node ${process.version}`,
    `PostgreSQL ${postgres.reachable ? postgres.version : 'not reachable'} at ${redact(adminUrl)}`,
    `${cpuList.length} CPU${cpuList.length === 1 ? '' : 's'} (${cpuList[0]?.model.trim() ?? 'unknown'})`,
    `${process.platform}/${process.arch}`,
    // Other work on the machine moves wall times (both sides alike, thanks to interleaving) more than CPU times.
    `load average ${loadavg().map((load) => load.toFixed(2)).join(' ')} at start`,
  ].join(', ');
  console.log(`environment: ${environment}`);

  const context: BenchContext = {
    postgres,
    log: (line) => console.log(`  ${line}`),
    onCleanup: (cleanup) => {
      cleanups.add(cleanup);
      return () => cleanups.delete(cleanup);
    },
  };
  const table = new BenchTable();
  // `pnpm bench fan-out` runs only the entries whose name contains one of the words given.
  const only = process.argv.slice(2).map((word) => word.toLowerCase());
  for (const benchmark of BENCHMARKS.filter((b) => only.length === 0 || only.some((word) => b.name.toLowerCase().includes(word)))) {
    console.log(`\n## ${benchmark.name}`);
    const started = performance.now();
    let rows: BenchRow[];
    try {
      rows = await benchmark.run(context);
    } catch (error) {
      console.error(error);
      rows = [errorRow(benchmark.name, error)];
    }
    console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    table.add(...rows);
  }

  console.log(`\nenvironment: ${environment}\n`);
  table.print();
  const verdicts = table.all().map((row) => row.verdict);
  const strict = process.env.BENCH_STRICT === '1';
  return verdicts.includes('ERROR') || (strict && verdicts.includes('MISS')) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
    // A pool or socket left open by a failed entry must not keep the run alive.
    setTimeout(() => process.exit(code), 2000).unref();
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
