import type { Summary } from './stats.js';

/**
 * PASS / MISS against the entry's target; SKIP when it could not run here (no
 * database, say); ERROR when it broke; INFO for a measurement without a target.
 */
export type Verdict = 'PASS' | 'MISS' | 'SKIP' | 'ERROR' | 'INFO';

/**
 * One line of the report. Side-by-side entries fill `product` and `baseline`
 * (and the ratio of their medians); single-sided ones (timer lateness, bundle
 * budgets) fill `product` alone, or neither and say it in `target`/`note`.
 */
export interface BenchRow {
  readonly name: string;
  readonly product?: Summary;
  readonly baseline?: Summary;
  /** product median / baseline median. */
  readonly ratio?: number;
  readonly target: string;
  readonly verdict: Verdict;
  /** Printed under the table, keyed by the entry's name. */
  readonly note?: string;
}

/** A side-by-side row judged on the ratio of the medians (the p99 ratio goes in the note). */
export function ratioRow(name: string, product: Summary, baseline: Summary, maxRatio: number, note?: string): BenchRow {
  const ratio = product.median / baseline.median;
  const p99Ratio = product.p99 / baseline.p99;
  const detail = `n=${product.count}+${baseline.count}, p99 ratio ${p99Ratio.toFixed(2)}, min ${formatMs(product.min)} / ${formatMs(baseline.min)} ms`;
  return {
    name,
    product,
    baseline,
    ratio,
    target: `ratio ≤ ${maxRatio}`,
    verdict: ratio <= maxRatio ? 'PASS' : 'MISS',
    note: note ? `${detail}; ${note}` : detail,
  };
}

export function skipRow(name: string, reason: string): BenchRow {
  return { name, target: '–', verdict: 'SKIP', note: reason };
}

export function errorRow(name: string, error: unknown): BenchRow {
  const message = error instanceof Error ? error.message : String(error);
  return { name, target: '–', verdict: 'ERROR', note: message.split('\n')[0] };
}

const HEADERS = ['benchmark', 'product median', 'product p99', 'baseline median', 'baseline p99', 'ratio', 'target', 'result'] as const;
const NUMERIC = new Set<number>([1, 2, 3, 4, 5]);

/** Collects rows from every benchmark and prints them as one aligned, markdown-style table. */
export class BenchTable {
  private readonly rows: BenchRow[] = [];

  add(...rows: readonly BenchRow[]): void {
    this.rows.push(...rows);
  }

  all(): readonly BenchRow[] {
    return this.rows;
  }

  render(): string {
    const cells = this.rows.map((row) => [
      row.name,
      ms(row.product?.median),
      ms(row.product?.p99),
      ms(row.baseline?.median),
      ms(row.baseline?.p99),
      row.ratio === undefined ? '–' : row.ratio.toFixed(2),
      row.target,
      row.verdict,
    ]);
    const widths = HEADERS.map((header, column) => Math.max(header.length, ...cells.map((line) => width(line[column]!))));
    const line = (values: readonly string[]) =>
      `| ${values.map((value, column) => (NUMERIC.has(column) ? padStart(value, widths[column]!) : padEnd(value, widths[column]!))).join(' | ')} |`;
    const rule = `|${widths.map((w, column) => (NUMERIC.has(column) ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
    const notes = this.rows.filter((row) => row.note).map((row) => `- ${row.name}: ${row.note}`);
    return [line(HEADERS), rule, ...cells.map(line), ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
  }

  print(write: (text: string) => void = (text) => process.stdout.write(text)): void {
    write(`${this.render()}\n`);
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '–' : `${formatMs(value)} ms`;
}

/** Milliseconds with as many decimals as tell something. */
export function formatMs(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

// Code points, not UTF-16 units, so '≤' and '–' count as one column.
function width(text: string): number {
  return [...text].length;
}

function padEnd(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

function padStart(text: string, to: number): string {
  return ' '.repeat(Math.max(0, to - width(text))) + text;
}
