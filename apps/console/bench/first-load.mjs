// The first load's JavaScript: what dist/index.html loads before anything renders (its module entry and
// modulepreload links), gzipped at -9. Lazy routes (the compliance page's ECharts among them) are not in it.
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { gzipSync, constants as zlib } from 'node:zlib';
import { kb } from './report.mjs';

export const FIRST_LOAD_BUDGET_KB = 200;

/** @param {string} distDir @param {(line: string) => void} log @returns {import('./report.mjs').Row[]} */
export function firstLoad(distDir, log) {
  const indexHtml = join(distDir, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: run \`vite build\` first`);
  const html = readFileSync(indexHtml, 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((m) => m[1]);
  if (entries.length === 0) throw new Error('dist/index.html has no module entry script');
  const files = [...new Set([...entries, ...preloads])];
  let raw = 0;
  let gzip = 0;
  for (const href of files) {
    const content = readFileSync(join(distDir, normalize(href.replace(/^\//, ''))));
    const zipped = gzipSync(content, { level: zlib.Z_BEST_COMPRESSION }).length;
    raw += content.length;
    gzip += zipped;
    log(`${entries.includes(href) ? 'entry  ' : 'preload'} ${href.padEnd(40)} ${kb(content.length).padStart(10)} raw ${kb(zipped).padStart(9)} gzip -9`);
  }
  return [
    {
      budget: `first-load JS, gzip -9 (${files.length} file${files.length === 1 ? '' : 's'}, ${kb(raw)} raw)`,
      product: kb(gzip),
      target: `≤ ${FIRST_LOAD_BUDGET_KB} kB`,
      verdict: gzip <= FIRST_LOAD_BUDGET_KB * 1000 ? 'PASS' : 'MISS',
    },
  ];
}
