#!/usr/bin/env node
// `pnpm --filter @desk/console bench`, after `vite build`: the console's performance budgets.
//  (a) first load: the gzipped JS that dist/index.html loads (its entry and modulepreload links), vs 250 kB;
//  (b) live queue: one MOVED queueChanged event applied to a 1 000-row queue, in Chromium, on the real
//      QueuePage and queue store, vs a 16 ms frame; beside it a plain array splice + static re-render.
// Verdicts as in the server's `pnpm bench`: PASS / MISS against the target, INFO, SKIP (no Chromium),
// ERROR. Exit 1 on ERROR; on MISS only with BENCH_STRICT=1 (or --strict), since a shared machine's load
// moves wall-clock timings. Knobs: BENCH_EVENTS, BENCH_WARMUP, BENCH_BASELINE_EVENTS; --profile prints
// where the QueuePage's main-thread time goes.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants as zlib } from 'node:zlib';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const FIRST_LOAD_BUDGET_KB = 250;
const FRAME_BUDGET_MS = 16;
const EVENTS = Number(process.env.BENCH_EVENTS ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
/** The baseline re-renders 1 000 rows per event: fewer events keep the run short. */
const BASELINE_EVENTS = Math.min(EVENTS, Number(process.env.BENCH_BASELINE_EVENTS ?? 100));
const STRICT = process.argv.includes('--strict') || process.env.BENCH_STRICT === '1';
const PROFILE = process.argv.includes('--profile');

const consoleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const distDir = join(consoleDir, 'dist');

/** @typedef {{ budget: string, product: string, productP99: string, baseline: string, baselineP99: string, ratio: string, target: string, verdict: 'PASS' | 'MISS' | 'INFO' | 'SKIP' | 'ERROR', note?: string }} Row */
/** @type {Row[]} */
const table = [];
const row = (fields) => table.push({ product: '', productP99: '', baseline: '', baselineP99: '', ratio: '', target: '–', ...fields });

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(2)} ms`;
const times = (value) => `${value.toFixed(2)}×`;

/** Nearest-rank percentile of a sorted list. */
function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

// ---------------------------------------------------------------- (a) first-load JS
function firstLoad() {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: run \`vite build\` first`);
  const html = readFileSync(indexHtml, 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  if (entries.length === 0) throw new Error('dist/index.html has no module entry script');
  const files = [...new Set([...entries, ...preloads])];
  let raw = 0;
  let gzip = 0;
  console.log('## first load (dist/index.html)');
  for (const href of files) {
    const content = readFileSync(join(distDir, normalize(href.replace(/^\//, ''))));
    const zipped = gzipSync(content, { level: zlib.Z_BEST_COMPRESSION }).length;
    raw += content.length;
    gzip += zipped;
    console.log(`  ${entries.includes(href) ? 'entry  ' : 'preload'} ${href.padEnd(40)} ${kb(content.length).padStart(10)} raw ${kb(zipped).padStart(9)} gzip -9`);
  }
  row({
    budget: `first-load JS, gzip -9 (${files.length} file${files.length === 1 ? '' : 's'}, ${kb(raw)} raw)`,
    product: kb(gzip),
    target: `≤ ${FIRST_LOAD_BUDGET_KB} kB`,
    verdict: gzip <= FIRST_LOAD_BUDGET_KB * 1000 ? 'PASS' : 'MISS',
  });
}

// ---------------------------------------------------------------- (b) MOVED event on a 1 000-row queue
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://bench').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

/** bench/queue-move: the real QueuePage and store (?mode=queue) and the plain baseline (?mode=baseline). */
async function buildBenchPage(outDir) {
  const [{ build }, { default: vue }] = await Promise.all([import('vite'), import('@vitejs/plugin-vue')]);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(consoleDir, 'bench/queue-move'),
    base: './',
    plugins: [vue()],
    resolve: { alias: { '@': join(consoleDir, 'src') } },
    define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
    build: { outDir, emptyOutDir: true, sourcemap: false, minify: !PROFILE, reportCompressedSize: false, chunkSizeWarningLimit: 2000 },
  });
}

/** Self time by function over a CPU profile, the top 20. */
function printProfile(profile) {
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const self = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
  }
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  console.log(`  QueuePage CPU profile (${total.toFixed(0)} ms sampled), top self time:`);
  for (const [key, value] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${value.toFixed(1).padStart(8)} ms  ${key}`);
}

async function runMode(browser, url, mode, events, warmup) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}?mode=${mode}`);
  await page.waitForFunction(() => window.__bench !== undefined || window.__benchError !== undefined, null, { timeout: 120_000 });
  const setupError = await page.evaluate(() => window.__benchError);
  if (setupError) throw new Error(`${mode} page failed: ${setupError}`);
  const info = await page.evaluate(() => ({ rows: window.__bench.rows, visible: window.__bench.visibleRows() }));
  // The renderer's main-thread CPU time (thread ticks) does not grow while it waits for a CPU, so it stays
  // comparable on a busy machine where wall-clock times do not.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  const profiling = PROFILE && mode === 'queue';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  const before = await threadTime();
  const samples = await page.evaluate(([count, warm]) => window.__bench.run(count, warm), [events, warmup]);
  const after = await threadTime();
  if (profiling) printProfile((await cdp.send('Profiler.stop')).profile);
  await page.close();
  if (errors.length > 0) throw new Error(`${mode} page errors: ${errors.join('; ')}`);
  return {
    ...info,
    events: samples.length,
    cpuPerEvent: ((after - before) * 1000) / (events + warmup),
    work: stats(samples.map((s) => s.work)),
    nextFrame: stats(samples.map((s) => s.nextFrame)),
  };
}

async function queueMoved() {
  const name = 'MOVED on 1 000 rows';
  console.log('\n## MOVED event on a 1 000-row queue (Chromium)');
  if (!existsSync(CHROMIUM)) {
    console.log(`  SKIPPED: Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
    row({ budget: name, target: `≤ ${FRAME_BUDGET_MS} ms`, verdict: 'SKIP', note: `no Chromium at ${CHROMIUM}` });
    return;
  }
  const { chromium } = await import('playwright-core');
  const outDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  let server;
  let browser;
  try {
    await buildBenchPage(outDir);
    server = await serve(outDir);
    const url = `http://127.0.0.1:${server.address().port}/index.html`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const queue = await runMode(browser, url, 'queue', EVENTS, WARMUP);
    const baseline = await runMode(browser, url, 'baseline', BASELINE_EVENTS, Math.ceil(WARMUP / 2));
    console.log(`  Chromium ${browser.version()}; QueuePage: ${queue.events} events, renders ${queue.visible} of ${queue.rows} rows (virtualised);`);
    console.log(`  baseline: ${baseline.events} events, re-renders all ${baseline.visible} rows. Half the events move a ticket on the first screen.`);
    console.log('  frame ready = event handed over (a task, as a socket message) → DOM patched and laid out;');
    console.log('  next frame  = the same → the next animation frame callback (adds the wait for vsync);');
    console.log('  CPU/event   = renderer main-thread CPU time over the run ÷ events (not moved by waiting for a CPU).');
    row({
      budget: `${name}: → frame ready`,
      product: ms(queue.work.median),
      productP99: ms(queue.work.p99),
      baseline: ms(baseline.work.median),
      baselineP99: ms(baseline.work.p99),
      ratio: times(queue.work.median / baseline.work.median),
      target: `p99 ≤ ${FRAME_BUDGET_MS} ms`,
      verdict: queue.work.p99 <= FRAME_BUDGET_MS ? 'PASS' : 'MISS',
    });
    row({
      budget: `${name}: → next frame`,
      product: ms(queue.nextFrame.median),
      productP99: ms(queue.nextFrame.p99),
      baseline: ms(baseline.nextFrame.median),
      baselineP99: ms(baseline.nextFrame.p99),
      ratio: times(queue.nextFrame.median / baseline.nextFrame.median),
      verdict: 'INFO',
    });
    row({
      budget: `${name}: CPU/event (mean)`,
      product: ms(queue.cpuPerEvent),
      baseline: ms(baseline.cpuPerEvent),
      ratio: times(queue.cpuPerEvent / baseline.cpuPerEvent),
      target: `≤ ${FRAME_BUDGET_MS} ms`,
      verdict: queue.cpuPerEvent <= FRAME_BUDGET_MS ? 'PASS' : 'MISS',
    });
  } finally {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

function printTable(environment) {
  const columns = /** @type {const} */ ([
    ['budget', 'budget'],
    ['product', 'console median'],
    ['productP99', 'console p99'],
    ['baseline', 'baseline median'],
    ['baselineP99', 'baseline p99'],
    ['ratio', 'ratio'],
    ['target', 'target'],
    ['verdict', 'result'],
  ]);
  const header = Object.fromEntries(columns.map(([key, title]) => [key, title]));
  const width = (key) => Math.max(...[header, ...table].map((r) => String(r[key]).length));
  const line = (r) => columns.map(([key], i) => (i === 0 ? String(r[key]).padEnd(width(key)) : String(r[key]).padStart(width(key)))).join('  ').trimEnd();
  console.log(`\nenvironment: ${environment}\n`);
  console.log(line(header));
  console.log(columns.map(([key]) => '-'.repeat(width(key))).join('  '));
  for (const r of table) console.log(`${line(r)}${r.note ? `  (${r.note})` : ''}`);
}

const cpuList = cpus();
const load = loadavg()[0];
const environment = [
  `node ${process.version}`,
  `${cpuList.length} CPU${cpuList.length === 1 ? '' : 's'} (${cpuList[0]?.model.trim() ?? 'unknown'})`,
  `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at start${load > cpuList.length ? ' — busy: wall-clock times include waiting for a CPU, compare CPU/event' : ''}`,
].join(', ');

let code = 0;
for (const step of [firstLoad, queueMoved]) {
  try {
    await step();
  } catch (error) {
    console.error(error);
    row({ budget: step === firstLoad ? 'first-load JS' : 'MOVED on 1 000 rows', verdict: 'ERROR', note: String(error instanceof Error ? error.message : error).split('\n')[0] });
  }
}
printTable(environment);
const verdicts = table.map((r) => r.verdict);
if (verdicts.includes('ERROR') || (STRICT && verdicts.includes('MISS'))) code = 1;
if (verdicts.includes('MISS')) console.log(`\nMISS: a budget is not met${STRICT ? '' : ' (BENCH_STRICT=1 makes that fail the run)'}.`);
process.exit(code);
