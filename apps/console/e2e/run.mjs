#!/usr/bin/env node
// `pnpm test:e2e`: the console against the REAL server in Debian's Chromium.
// Skips (exit 0) where Chromium is not installed; fails clearly when a build is missing.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CHROMIUM = '/usr/bin/chromium';
const consoleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (!existsSync(CHROMIUM)) {
  console.log('e2e: SKIPPED — Chromium not installed (apt-get install chromium)');
  // Counted as skipped by scripts/test-summary.mjs, so the closing line does not hide it.
  mkdirSync(join(consoleDir, 'reports'), { recursive: true });
  writeFileSync(join(consoleDir, 'reports/e2e.json'), JSON.stringify({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 1, numTodoTests: 0 }));
  process.exit(0);
}

/** @type {[file: string, what: string][]} */
const required = [
  [join(consoleDir, '../server/dist/main.js'), 'the server (apps/server/dist)'],
  [join(consoleDir, '../../packages/sla/dist/index.js'), 'the SLA core (packages/sla/dist)'],
  [join(consoleDir, 'dist/index.html'), 'the console (apps/console/dist)'],
];
const missing = required.filter(([file]) => !existsSync(file));
if (missing.length > 0) {
  for (const [file, what] of missing) console.error(`e2e: ${what} is not built: ${file} is missing`);
  console.error('e2e: run `pnpm build` at the repository root first.');
  process.exit(1);
}

const vitest = join(consoleDir, 'node_modules/vitest/vitest.mjs');
const reporters = ['--reporter=default', '--reporter=json', '--outputFile.json=reports/e2e.json'];
const child = spawn(process.execPath, [vitest, 'run', '--config', 'e2e/vitest.e2e.config.ts', ...reporters, ...process.argv.slice(2)], {
  cwd: consoleDir,
  stdio: 'inherit',
});
/** @param {NodeJS.Signals} signal */
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
