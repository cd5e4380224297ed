// The live queue under a stream of MOVED events, in Chromium: the real QueuePage and queue store
// (bench/queue-move, ?mode=queue) beside the floor (?mode=baseline: a bare array and a static window),
// both fed the same events at the same rate, in alternating rounds so the machine's load falls on both.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { ms, times } from './report.mjs';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const FRAME_BUDGET_MS = 16;
/** One frame at 60 Hz; an interval past 1.5 of them means a frame was dropped. */
const VSYNC_MS = 1000 / 60;
const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** Nearest-rank percentile of a sorted list. */
function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN, count: sorted.length };
}

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

async function buildBenchPage(consoleDir, outDir, minify) {
  const [{ build }, { default: vue }] = await Promise.all([import('vite'), import('@vitejs/plugin-vue')]);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: join(consoleDir, 'bench/queue-move'),
    base: './',
    plugins: [vue()],
    resolve: { alias: { '@': join(consoleDir, 'src') } },
    define: { __VUE_I18N_FULL_INSTALL__: true, __VUE_I18N_LEGACY_API__: false, __INTLIFY_PROD_DEVTOOLS__: false },
    build: { outDir, emptyOutDir: true, sourcemap: false, minify, reportCompressedSize: false, chunkSizeWarningLimit: 5000 },
  });
}

/** Self time by function over a CPU profile, the top 25, each with the callers its top 5 spend it under. */
function printProfile(profile, log) {
  const interval = (profile.endTime - profile.startTime) / Math.max(1, profile.samples?.length ?? 1) / 1000;
  const frameName = ({ functionName, url, lineNumber }) => `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
  const parentOf = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const self = new Map();
  /** function → caller chain (two frames up) → time */
  const callers = new Map();
  for (const node of profile.nodes) {
    const key = frameName(node.callFrame);
    const time = (node.hitCount ?? 0) * interval;
    self.set(key, (self.get(key) ?? 0) + time);
    const parent = parentOf.get(node.id);
    const grandparent = parent ? parentOf.get(parent.id) : undefined;
    const chain = [parent, grandparent].filter(Boolean).map((n) => frameName(n.callFrame).split(' ')[0]).join(' ← ');
    const byChain = callers.get(key) ?? new Map();
    byChain.set(chain, (byChain.get(chain) ?? 0) + time);
    callers.set(key, byChain);
  }
  const busy = [...self.entries()].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)'));
  const total = busy.reduce((sum, [, value]) => sum + value, 0);
  log(`QueuePage CPU profile: ${total.toFixed(0)} ms busy (idle and (program) left out), top self time:`);
  for (const [rank, [key, value]] of busy.sort((a, b) => b[1] - a[1]).slice(0, 25).entries()) {
    log(`  ${value.toFixed(1).padStart(8)} ms  ${key}`);
    if (rank >= 5) continue;
    for (const [chain, time] of [...callers.get(key).entries()].sort((a, b) => b[1] - a[1]).slice(0, 3)) log(`             ${time.toFixed(1).padStart(7)} ms under ${chain}`);
  }
}

/** A page of one mode, loaded with its rows and ready to take a stream. */
async function openMode(browser, url, mode, rows) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}?mode=${mode}&rows=${rows}`);
  await page.waitForFunction(() => window.__bench !== undefined || window.__benchError !== undefined, null, { timeout: 300_000, polling: 250 });
  const setupError = await page.evaluate(() => window.__benchError);
  if (setupError) throw new Error(`${mode} page failed: ${setupError}`);
  // The renderer's main-thread CPU time (thread ticks) does not grow while it waits for a CPU.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN;
  const info = await page.evaluate(() => ({ rows: window.__bench.rows, visible: window.__bench.visibleRows() }));
  const totals = { work: [], frames: [], longFrames: [], cpuSeconds: 0, events: 0 };
  return {
    mode,
    info,
    totals,
    errors,
    async stream(options, profile, log) {
      await page.bringToFront();
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const before = await threadTime();
      const result = await page.evaluate((o) => window.__bench.stream(o), options);
      totals.cpuSeconds += (await threadTime()) - before;
      if (profile) printProfile((await cdp.send('Profiler.stop')).profile, log);
      totals.events += options.events + options.warmup;
      totals.work.push(...result.work);
      totals.frames.push(...result.frames);
      totals.longFrames.push(...result.longFrames);
      if (errors.length > 0) throw new Error(`${mode} page errors: ${errors.join('; ')}`);
    },
    close: () => page.close(),
  };
}

/**
 * @param {{ consoleDir: string, rows: number, events: number, warmup: number, rate: number, rounds: number, judge: boolean, profile: boolean, minify: boolean, log: (line: string) => void }} o
 * @returns {Promise<import('./report.mjs').Row[]>}
 */
export async function queueStream(o) {
  const name = `${o.rows.toLocaleString('en').replace(/,/g, ' ')} rows, ${o.rate} MOVED/s`;
  if (!existsSync(CHROMIUM)) {
    o.log(`SKIPPED: Chromium is not installed at ${CHROMIUM} (apt-get install chromium).`);
    return [{ budget: name, target: `p99 ≤ ${FRAME_BUDGET_MS} ms`, verdict: 'SKIP', note: `no Chromium at ${CHROMIUM}` }];
  }
  const { chromium } = await import('playwright-core');
  const outDir = mkdtempSync(join(tmpdir(), 'desk-bench-'));
  let server;
  let browser;
  try {
    await buildBenchPage(o.consoleDir, outDir, o.minify);
    server = await serve(outDir);
    const url = `http://127.0.0.1:${server.address().port}/index.html`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const queue = await openMode(browser, url, 'queue', o.rows);
    const baseline = await openMode(browser, url, 'baseline', o.rows);
    const perRound = Math.max(1, Math.ceil(o.events / o.rounds));
    for (let round = 0; round < o.rounds; round += 1) {
      const options = { events: perRound, warmup: round === 0 ? o.warmup : 0, rate: o.rate };
      await queue.stream(options, o.profile && round === 0, o.log);
      await baseline.stream(options, false, o.log);
    }
    await queue.close();
    await baseline.close();
    for (const side of [queue, baseline]) {
      // A harness that measured nothing must not pass as fast: the smoke relies on this.
      if (side.totals.work.length !== perRound * o.rounds || side.totals.frames.length === 0) {
        throw new Error(`${side.mode}: ${side.totals.work.length} of ${perRound * o.rounds} events measured, ${side.totals.frames.length} frames`);
      }
    }
    o.log(`Chromium ${browser.version()}; ${o.rounds} round(s) of ${perRound} events at ${o.rate}/s on each side (first round after ${o.warmup} warm-up events).`);
    o.log(`QueuePage: ${queue.info.rows} rows loaded through the fetcher page by page, ${queue.info.visible} in the DOM (virtualised);`);
    o.log(`baseline: a bare array spliced + a static fixed-height window (${baseline.info.visible} rows in the DOM) rebuilt per event.`);
    o.log('Half the events move a ticket within the first screen, half anywhere in the queue; 30 % turn it AT_RISK.');
    o.log('event → frame ready = the event task: applied, DOM patched, layout forced (its share of the frame);');
    o.log('frame interval      = requestAnimationFrame deltas while the stream runs (16.7 ms at 60 Hz; more = a frame dropped);');
    o.log('CPU/event           = renderer main-thread CPU time over the stream ÷ events (frames included; not moved by waiting for a CPU).');
    const work = [stats(queue.totals.work), stats(baseline.totals.work)];
    const frames = [stats(queue.totals.frames), stats(baseline.totals.frames)];
    const dropped = (list) => list.filter((interval) => interval > 1.5 * VSYNC_MS).length;
    const longFrames = (side) => `${side.totals.longFrames.length} long (> 50 ms, max ${side.totals.longFrames.length ? ms(Math.max(...side.totals.longFrames)) : '–'})`;
    const cpu = [queue, baseline].map((side) => (side.totals.cpuSeconds * 1000) / side.totals.events);
    const judged = (ok) => (o.judge ? (ok ? 'PASS' : 'MISS') : 'INFO');
    return [
      {
        budget: `${name}: event → frame ready`,
        product: ms(work[0].median),
        productP99: ms(work[0].p99),
        baseline: ms(work[1].median),
        baselineP99: ms(work[1].p99),
        ratio: times(work[0].median / work[1].median),
        target: `p99 ≤ ${FRAME_BUDGET_MS} ms`,
        verdict: judged(work[0].p99 <= FRAME_BUDGET_MS),
        note: `n=${work[0].count}+${work[1].count}, max ${ms(work[0].max)} / ${ms(work[1].max)}`,
      },
      {
        budget: `${name}: frame interval`,
        product: ms(frames[0].median),
        productP99: ms(frames[0].p99),
        baseline: ms(frames[1].median),
        baselineP99: ms(frames[1].p99),
        ratio: times(frames[0].p99 / frames[1].p99),
        target: 'p99 ≤ 1.5 frames',
        verdict: judged(frames[0].p99 <= 1.5 * VSYNC_MS),
        note: `p99 ratio; frames ${frames[0].count}+${frames[1].count}, dropped ${dropped(queue.totals.frames)} / ${dropped(baseline.totals.frames)}; ${longFrames(queue)} / ${longFrames(baseline)}`,
      },
      {
        budget: `${name}: CPU/event (mean)`,
        product: ms(cpu[0]),
        baseline: ms(cpu[1]),
        ratio: times(cpu[0] / cpu[1]),
        target: `≤ ${FRAME_BUDGET_MS} ms`,
        verdict: judged(cpu[0] <= FRAME_BUDGET_MS),
      },
    ];
  } finally {
    await browser?.close();
    server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
