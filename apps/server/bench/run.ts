import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchTable, errorRow, type BenchRow } from './bench-table.js';
import type { BenchContext, Benchmark, PostgresTarget } from './benchmark.js';
import { COMPLIANCE_REPORT_BENCH, complianceReportBench } from './compliance-report.bench.js';
import { DIRECTORY_IMPORT_BENCH, directoryImportBench } from './directory-import.bench.js';
import { FANOUT_BENCH, fanoutBench } from './fanout.bench.js';
import { FANOUT_CLUSTER_BENCH, fanoutClusterBench } from './fanout-cluster.bench.js';
import { INTAKE_BENCH, intakeBench } from './intake.bench.js';
import { MAIL_STORM_BENCH, mailStormBench } from './mail-storm.bench.js';
import { MILLION_BENCH, millionBench } from './million.bench.js';
import { QUEUE_PAGE_BENCH, queuePageBench } from './queue-page.bench.js';
import { TIMELINESS_BENCH, timelinessBench } from './timeliness.bench.js';
import { TIMER_RESTART_BENCH, timerRestartBench } from './timer-restart.bench.js';
import { SEARCH_BENCH, searchBench } from './search.bench.js';
import { VIEW_COUNTS_BENCH, viewCountsBench } from './view-counts.bench.js';
import { adminUrlFrom, probePostgres, redact } from './support/postgres.js';

/**
 * `pnpm bench`: every entry, one table, also written to bench/results.md with
 * the machine, its load and the commit. An entry is a function returning rows.
 * Knobs: BENCH_DATABASE_URL (else TEST_DATABASE_URL, else the local default),
 * each entry's size variables; BENCH_STRICT=1 also fails on MISS.
 * `pnpm bench:smoke` (in `pnpm test`) runs every entry at its smoke sizes,
 * judges nothing but ERROR and writes no results.
 */
const BENCHMARKS: readonly Benchmark[] = [
  {
    name: QUEUE_PAGE_BENCH,
    run: queuePageBench,
    smoke: {
      BENCH_QUEUE_TICKETS: '300',
      BENCH_WARMUP: '2',
      BENCH_SAMPLES: '5',
      BENCH_QUEUE_LOAD_SECONDS: '1',
      BENCH_QUEUE_LOAD_ROUNDS: '1',
      BENCH_QUEUE_LOAD_WARMUP_SECONDS: '0',
    },
  },
  {
    name: FANOUT_BENCH,
    run: fanoutBench,
    smoke: { BENCH_FANOUT_CLIENTS: '20', BENCH_FANOUT_PUBLISHES: '3', BENCH_FANOUT_WARMUP: '1', BENCH_FANOUT_BATCH: '10', BENCH_FANOUT_CLIENT_PROCESSES: '2', BENCH_FANOUT_IDLE_MS: '200' },
  },
  {
    name: FANOUT_CLUSTER_BENCH,
    run: fanoutClusterBench,
    smoke: { BENCH_CLUSTER_FANOUT_CLIENTS: '20', BENCH_CLUSTER_FANOUT_PUBLISHES: '3', BENCH_CLUSTER_FANOUT_WARMUP: '1', BENCH_CLUSTER_FANOUT_BATCH: '10' },
  },
  {
    name: TIMELINESS_BENCH,
    run: timelinessBench,
    smoke: { BENCH_TIMELINESS_TICKETS: '40', BENCH_TIMELINESS_SPREAD_MS: '1500', BENCH_TIMELINESS_LEAD_MS: '2000', BENCH_TIMELINESS_MARGIN_MS: '2000' },
  },
  {
    name: TIMER_RESTART_BENCH,
    run: timerRestartBench,
    smoke: {
      BENCH_TIMER_OPEN: '200',
      BENCH_TIMER_RESTARTS: '1',
      BENCH_TIMER_BATCH: '10',
      BENCH_TIMER_BATCH_SPREAD_MS: '500',
      BENCH_TIMER_MISSED: '3',
      // Fixed: the automatic lead follows the slowest start (the first one migrates); a batch that falls due before the subscriber is a MISS, never an ERROR.
      BENCH_TIMER_LEAD_MS: '3000',
      BENCH_TIMER_MARGIN_MS: '2000',
      BENCH_TIMER_SWEEP_MS: '1000',
    },
  },
  { name: SEARCH_BENCH, run: searchBench, smoke: { BENCH_QUEUE_TICKETS: '300', BENCH_WARMUP: '2', BENCH_SAMPLES: '5' } },
  { name: VIEW_COUNTS_BENCH, run: viewCountsBench, smoke: { BENCH_VIEW_WATCHERS: '3', BENCH_VIEW_CHANGES: '3', BENCH_VIEW_TICKETS: '100' } },
  { name: COMPLIANCE_REPORT_BENCH, run: complianceReportBench, smoke: { BENCH_REPORT_TICKETS: '2000', BENCH_REPORT_SAMPLES: '2' } },
  { name: DIRECTORY_IMPORT_BENCH, run: directoryImportBench, smoke: { BENCH_IMPORT_ROWS: '50' } },
  { name: MAIL_STORM_BENCH, run: mailStormBench, smoke: { BENCH_MAIL_MESSAGES: '20', BENCH_MAIL_ORGANIZATIONS: '100', BENCH_MAIL_CONNECTIONS: '4' } },
  {
    name: INTAKE_BENCH,
    run: intakeBench,
    smoke: { BENCH_INTAKE_WAITING: '10,100', BENCH_INTAKE_CLIENTS: '4', BENCH_INTAKE_PER_CLIENT: '2', BENCH_INTAKE_ROUNDS: '1', BENCH_INTAKE_WARMUP: '0' },
  },
  { name: MILLION_BENCH, run: millionBench, smoke: { BENCH_MILLION_TICKETS: '1000', BENCH_MILLION_WARMUP: '0', BENCH_MILLION_SAMPLES: '2' } },
];

const RESULTS_FILE = fileURLToPath(new URL('../../../../bench/results.md', import.meta.url));

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
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const cpuList = cpus();
  const loadAtStart = loadavg();
  const environment = [
    `node ${process.version}`,
    `PostgreSQL ${postgres.reachable ? postgres.version : 'not reachable'} at ${redact(adminUrl)}`,
    `${cpuList.length} CPU${cpuList.length === 1 ? '' : 's'} (${cpuList[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
    `${process.platform}/${process.arch}`,
    // Other work on the machine moves wall times (both sides alike, thanks to interleaving) more than CPU times.
    `load average ${formatLoad(loadAtStart)} at start`,
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
  const only = args.filter((arg) => !arg.startsWith('--')).map((word) => word.toLowerCase());
  for (const benchmark of BENCHMARKS.filter((b) => only.length === 0 || only.some((word) => b.name.toLowerCase().includes(word)))) {
    console.log(`\n## ${benchmark.name}`);
    if (smoke) for (const [knob, value] of Object.entries(benchmark.smoke)) process.env[knob] ??= value;
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
  if (smoke) return verdicts.includes('ERROR') ? 1 : 0;
  if (only.length === 0) writeResults(environment, table);
  const strict = process.env.BENCH_STRICT === '1';
  return verdicts.includes('ERROR') || (strict && verdicts.includes('MISS')) ? 1 : 0;
}

/** A whole run's table, kept in the repository so figures can be compared commit by commit. */
function writeResults(environment: string, table: BenchTable): void {
  const lines = [
    '# `pnpm bench` results',
    '',
    `- date: ${new Date().toISOString()}`,
    `- commit: ${currentCommit()}`,
    `- machine: ${environment}`,
    `- load average at the end: ${formatLoad(loadavg())}`,
    `- strict: ${process.env.BENCH_STRICT === '1' ? 'yes' : 'no'}`,
    '',
    table.render(),
    '',
  ];
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, lines.join('\n'));
  console.log(`\nwritten to ${RESULTS_FILE}`);
}

function currentCommit(): string {
  try {
    const run = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = run('status', '--porcelain', '--untracked-files=no').length > 0;
    return `${run('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function formatLoad(load: readonly number[]): string {
  return load.map((value) => value.toFixed(2)).join(' ');
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
