#!/usr/bin/env node
// Sums the Vitest JSON reports of every package into one closing line
// ("tests: N passed, N failed, N skipped") that CI and people read.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = ['apps', 'packages'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(root, group, entry.name, 'reports')),
);

if (process.argv.includes('--reset')) {
  for (const dir of reports) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

const totals = { passed: 0, failed: 0, skipped: 0 };
for (const dir of reports.filter((d) => existsSync(d))) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    totals.passed += report.numPassedTests ?? 0;
    totals.failed += report.numFailedTests ?? 0;
    totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`${join(dir, file).slice(root.length)}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  }
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
