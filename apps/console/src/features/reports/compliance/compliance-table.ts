import type { ComplianceCellInput, ComplianceDimension } from '@desk/schema';
import type { SlaComplianceQuery } from '../graphql/slaCompliance.api';
import type { CsvCell } from './csv';

export type ComplianceApiRow = SlaComplianceQuery['slaCompliance'][number];

/** The four breakdowns of SLA-9: by level, criticality, agent and period. */
export type Breakdown = 'LEVEL' | 'CRITICALITY' | 'AGENT' | 'PERIOD';
export const BREAKDOWNS: readonly Breakdown[] = ['LEVEL', 'CRITICALITY', 'AGENT', 'PERIOD'];

export interface ComplianceTableRow {
  breakdown: Breakdown;
  /** Stable identity within the breakdown: the level, the agent's id, the week's Monday … */
  key: string;
  label: string;
  met: number;
  breached: number;
  total: number;
  /** met / total, 0..1; null when nothing arrived in the group. */
  rate: number | null;
}

export interface Labels {
  breakdown: (breakdown: Breakdown) => string;
  level: (level: string) => string;
  criticality: (criticality: string) => string;
  unassigned: () => string;
  week: (monday: string) => string;
  month: (yearMonth: string) => string;
}

const LEVEL_ORDER = ['EXTENDED', 'BASIC'];
const CRITICALITY_ORDER = ['CRITICAL', 'NON_CRITICAL'];

function keyOf(breakdown: Breakdown, row: ComplianceApiRow): string {
  switch (breakdown) {
    case 'LEVEL':
      return row.supportLevel ?? '';
    case 'CRITICALITY':
      return row.criticality ?? '';
    case 'AGENT':
      return row.agent?.id ?? '';
    case 'PERIOD':
      return row.week ?? row.month ?? '';
  }
}

function labelOf(breakdown: Breakdown, row: ComplianceApiRow, labels: Labels): string {
  switch (breakdown) {
    case 'LEVEL':
      return row.supportLevel ? labels.level(row.supportLevel) : '';
    case 'CRITICALITY':
      return row.criticality ? labels.criticality(row.criticality) : '';
    case 'AGENT':
      return row.agent?.fullName ?? labels.unassigned();
    case 'PERIOD':
      return row.week ? labels.week(row.week) : row.month ? labels.month(row.month) : '';
  }
}

function order(breakdown: Breakdown, a: ComplianceTableRow, b: ComplianceTableRow): number {
  switch (breakdown) {
    case 'LEVEL':
      return LEVEL_ORDER.indexOf(a.key) - LEVEL_ORDER.indexOf(b.key);
    case 'CRITICALITY':
      return CRITICALITY_ORDER.indexOf(a.key) - CRITICALITY_ORDER.indexOf(b.key);
    case 'AGENT':
      // Unassigned (never reacted to) last; otherwise by name.
      if (!a.key !== !b.key) return a.key ? -1 : 1;
      return a.label.localeCompare(b.label, 'ru');
    case 'PERIOD':
      return a.key.localeCompare(b.key);
  }
}

/** What `slaCompliance` is asked to group by for each breakdown. */
export function groupByFor(breakdown: Breakdown, granularity: 'WEEK' | 'MONTH'): ComplianceDimension[] {
  return [breakdown === 'PERIOD' ? granularity : breakdown];
}

/** One breakdown's API rows as table rows, in reading order (levels, then criticalities, agents by name, periods by date). */
export function breakdownRows(breakdown: Breakdown, rows: readonly ComplianceApiRow[], labels: Labels): ComplianceTableRow[] {
  return rows
    .map((row) => ({
      breakdown,
      key: keyOf(breakdown, row),
      label: labelOf(breakdown, row, labels),
      met: row.met,
      breached: row.breached,
      total: row.total,
      rate: row.total === 0 ? null : row.met / row.total,
    }))
    .sort((a, b) => order(breakdown, a, b));
}

/** The rate as a percentage with one decimal, e.g. 0.955 → 95.5. */
export function ratePercent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** A rate as the report prints it: "93,3 %" in Russian, "93.3 %" in English, "—" for none. */
export function formatRate(rate: number | null, locale: string): string {
  const value = ratePercent(rate);
  return value === null ? '—' : `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)} %`;
}

export interface CsvHeaders {
  breakdown: string;
  group: string;
  met: string;
  breached: string;
  total: string;
  rate: string;
}

/** The table as CSV cells: a header line, then one line per group. */
export function complianceCsvRows(rows: readonly ComplianceTableRow[], headers: CsvHeaders, labels: Pick<Labels, 'breakdown'>): CsvCell[][] {
  return [
    [headers.breakdown, headers.group, headers.met, headers.breached, headers.total, headers.rate],
    ...rows.map((row) => [labels.breakdown(row.breakdown), row.label, row.met, row.breached, row.total, ratePercent(row.rate)]),
  ];
}

/** SLA-9 drill-down: the report cell a table row stands for, as slaComplianceTickets takes it. */
export function cellOf(row: Pick<ComplianceTableRow, 'breakdown' | 'key'>, granularity: 'WEEK' | 'MONTH'): ComplianceCellInput {
  switch (row.breakdown) {
    case 'LEVEL':
      return { supportLevel: row.key as ComplianceCellInput['supportLevel'] };
    case 'CRITICALITY':
      return { criticality: row.key as ComplianceCellInput['criticality'] };
    case 'AGENT':
      return row.key ? { agentId: row.key } : { noAgent: true };
    case 'PERIOD':
      return granularity === 'WEEK' ? { week: row.key } : { month: row.key };
  }
}
