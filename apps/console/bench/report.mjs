// The console bench's table: printed aligned, and as markdown into the repository's bench/results.md (the
// server bench writes that file; the console's run adds or replaces its own `## Console` section).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * @typedef {'PASS' | 'MISS' | 'INFO' | 'SKIP' | 'ERROR'} Verdict
 * @typedef {{ budget: string, product?: string, productP99?: string, baseline?: string, baselineP99?: string, ratio?: string, target?: string, verdict: Verdict, note?: string }} Row
 */

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value) => `${value.toFixed(2)} ms`;
export const times = (value) => `${value.toFixed(2)}×`;

const COLUMNS = /** @type {const} */ ([
  ['budget', 'budget'],
  ['product', 'console median'],
  ['productP99', 'console p99'],
  ['baseline', 'baseline median'],
  ['baselineP99', 'baseline p99'],
  ['ratio', 'ratio'],
  ['target', 'target'],
  ['verdict', 'result'],
]);

const cell = (row, key) => String(row[key] ?? (key === 'target' ? '–' : ''));

/** @param {Row[]} rows */
export function printTable(rows) {
  const header = Object.fromEntries(COLUMNS);
  const width = (key) => Math.max(...[header, ...rows].map((r) => cell(r, key).length));
  const line = (r) => COLUMNS.map(([key], i) => (i === 0 ? cell(r, key).padEnd(width(key)) : cell(r, key).padStart(width(key)))).join('  ').trimEnd();
  console.log(line(header));
  console.log(COLUMNS.map(([key]) => '-'.repeat(width(key))).join('  '));
  for (const r of rows) console.log(`${line(r)}${r.note ? `  (${r.note})` : ''}`);
}

/** @param {Row[]} rows */
function markdownTable(rows) {
  const escapeCell = (text) => text.replace(/\|/g, '\\|');
  const lines = [`| ${COLUMNS.map(([, title]) => title).join(' | ')} |`, `| ${COLUMNS.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`];
  for (const r of rows) lines.push(`| ${COLUMNS.map(([key]) => escapeCell(cell(r, key) || '–')).join(' | ')} |`);
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.budget}: ${r.note}`);
  return [...lines, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

function currentCommit() {
  try {
    const run = (...args) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = run('status', '--porcelain', '--untracked-files=no').length > 0;
    return `${run('rev-parse', '--short', 'HEAD')}${dirty ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

const SECTION = '## Console';

/**
 * Writes the `## Console` section into `file`: replaces the one a previous console run left (up to the next
 * `## ` heading), else appends it, so the server's table and the console's sit together whatever the order.
 * @param {string} file @param {{ environment: string, loadAtEnd: string, strict: boolean, details: string[] }} run @param {Row[]} rows
 */
export function writeResultsSection(file, run, rows) {
  const section = [
    SECTION,
    '',
    '`pnpm --filter @desk/console bench` (apps/console/bench, docs/bench/console.md)',
    '',
    `- date: ${new Date().toISOString()}`,
    `- commit: ${currentCommit()}`,
    `- machine: ${run.environment}`,
    `- load average at the end: ${run.loadAtEnd}`,
    `- strict: ${run.strict ? 'yes' : 'no'}`,
    ...run.details.map((line) => `- ${line}`),
    '',
    markdownTable(rows),
    '',
  ].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const start = current.search(/^## Console\s*$/m);
  let next;
  if (start < 0) next = `${current}${current === '' || current.endsWith('\n\n') ? '' : current.endsWith('\n') ? '\n' : '\n\n'}${section}`;
  else {
    const after = current.slice(start + SECTION.length).search(/^## /m);
    const tail = after < 0 ? '' : current.slice(start + SECTION.length + after);
    next = `${current.slice(0, start)}${section}${tail === '' ? '' : `\n${tail}`}`;
  }
  writeFileSync(file, next);
}
