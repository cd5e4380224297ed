#!/usr/bin/env node
// `pnpm --filter @desk/console bench`, after `vite build`: the console's performance budgets (#17, target 8).
//  (a) first load: the gzipped JS that dist/index.html loads (first-load.mjs), vs 200 kB;
//  (b) live queue: 10 000 rows and a sustained stream of 20 MOVED events a second for 10 s, in Chromium, on the
//      real QueuePage and queue store, beside a bare array + static window (queue-stream.mjs): per-event work and
//      every frame's interval, median and p99, vs a 16 ms frame.
// Verdicts as in the server's `pnpm bench`: PASS / MISS, INFO, SKIP (no Chromium), ERROR. Exit 1 on ERROR; on
// MISS only with BENCH_STRICT=1 (or --strict), since a shared machine's load moves wall-clock timings.
// Knobs: BENCH_ROWS, BENCH_RATE (events/s), BENCH_SECONDS, BENCH_WARMUP (events), BENCH_ROUNDS (product and
// baseline alternate). Flags: --smoke (tiny sizes, no timing verdicts, fails on ERROR only: `bench:smoke`, in
// `pnpm test`), --profile (where the QueuePage's main-thread time goes), --results FILE (writes the table as
// the `## Console` section of FILE, e.g. ../../bench/results.md). docs/bench/console.md says more.
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstLoad } from './first-load.mjs';
import { queueStream } from './queue-stream.mjs';
import { printTable, writeResultsSection } from './report.mjs';

const args = process.argv.slice(2);
const SMOKE = args.includes('--smoke');
const STRICT = args.includes('--strict') || process.env.BENCH_STRICT === '1';
const PROFILE = args.includes('--profile');
const resultsAt = args.indexOf('--results');
const RESULTS_FILE = resultsAt >= 0 && args[resultsAt + 1] ? resolve(process.cwd(), args[resultsAt + 1]) : null;

/** A positive integer knob from the environment, else the full run's or the smoke's default. */
function knob(name, full, smoke) {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? (SMOKE ? smoke : full) : Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, not ${raw}`);
  return value;
}

const ROWS = knob('BENCH_ROWS', 10_000, 200);
const RATE = knob('BENCH_RATE', 20, 50);
const SECONDS = knob('BENCH_SECONDS', 10, 1);
const WARMUP = knob('BENCH_WARMUP', 20, 2);
const ROUNDS = knob('BENCH_ROUNDS', 2, 1);
const EVENTS = SMOKE && process.env.BENCH_SECONDS === undefined ? 10 : RATE * SECONDS;

const consoleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => console.log(`  ${line}`);
const formatLoad = (load) => load.map((l) => l.toFixed(2)).join(' ');

const cpuList = cpus();
const environment = [
  `node ${process.version}`,
  `${cpuList.length} CPU${cpuList.length === 1 ? '' : 's'} (${cpuList[0]?.model.trim() ?? 'unknown'})`,
  `${process.platform}/${process.arch}`,
  `load average ${formatLoad(loadavg())} at start${loadavg()[0] > cpuList.length ? ' — busy: wall-clock times include waiting for a CPU, compare CPU/event' : ''}`,
].join(', ');

const steps = [
  { name: 'first-load JS', run: () => firstLoad(resolve(consoleDir, 'dist'), log) },
  {
    name: `queue stream (${ROWS} rows)`,
    run: () => queueStream({ consoleDir, rows: ROWS, events: EVENTS, warmup: WARMUP, rate: RATE, rounds: ROUNDS, judge: !SMOKE, profile: PROFILE, minify: !PROFILE && !SMOKE, log }),
  },
];

const table = [];
for (const step of steps) {
  console.log(`\n## ${step.name}${SMOKE ? ' (smoke)' : ''}`);
  const started = performance.now();
  try {
    table.push(...(await step.run()));
  } catch (error) {
    console.error(error);
    table.push({ budget: step.name, verdict: 'ERROR', note: String(error instanceof Error ? error.message : error).split('\n')[0] });
  }
  log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

console.log(`\nenvironment: ${environment}\n`);
printTable(table);
const verdicts = table.map((r) => r.verdict);
if (RESULTS_FILE && !SMOKE) {
  const details = [`sizes: ${ROWS} rows, ${EVENTS} events at ${RATE}/s (${ROUNDS} round${ROUNDS === 1 ? '' : 's'}, ${WARMUP} warm-up events)`];
  writeResultsSection(RESULTS_FILE, { environment, loadAtEnd: formatLoad(loadavg()), strict: STRICT, details }, table);
  console.log(`\nwritten to ${RESULTS_FILE} (## Console)`);
}
if (verdicts.includes('MISS')) console.log(`\nMISS: a budget is not met${STRICT ? '' : ' (BENCH_STRICT=1 makes that fail the run)'}.`);
process.exit(verdicts.includes('ERROR') || (STRICT && !SMOKE && verdicts.includes('MISS')) ? 1 : 0);
