import { addDays, dayOfWeek, moscowDateOf } from '@desk/sla';

export type ComplianceDimension = 'LEVEL' | 'CRITICALITY' | 'AGENT' | 'WEEK' | 'MONTH';

/** One ticket as SLA-9 counts it. */
export interface OutcomeRow {
  readonly ticketId: number;
  readonly receivedAt: Date;
  readonly supportLevel: string;
  readonly criticality: string;
  readonly agentId: number | null;
  readonly outcome: 'MET' | 'BREACHED';
}

/** Tickets of one combination of every dimension (the arrival's Moscow day standing for WEEK and MONTH), as the database counts them. */
export interface CountedRow extends Omit<OutcomeRow, 'ticketId'> {
  readonly count: number;
}

export interface ComplianceGroup {
  /** The values of the grouped dimensions, in the order asked; null for an unassigned agent. */
  readonly key: Readonly<Partial<Record<ComplianceDimension, string | null>>>;
  readonly met: number;
  readonly breached: number;
}

/** Monday of the Moscow week, as YYYY-MM-DD. */
export function weekOf(instant: Date): string {
  const day = moscowDateOf(instant);
  return addDays(day, -((dayOfWeek(day) + 6) % 7));
}

function valueOf(row: Omit<OutcomeRow, 'ticketId'>, dimension: ComplianceDimension): string | null {
  switch (dimension) {
    case 'LEVEL':
      return row.supportLevel;
    case 'CRITICALITY':
      return row.criticality;
    case 'AGENT':
      return row.agentId === null ? null : String(row.agentId);
    case 'WEEK':
      return weekOf(row.receivedAt);
    case 'MONTH':
      return moscowDateOf(row.receivedAt).slice(0, 7);
  }
}

/** The values of one report cell; a dimension left out is not narrowed by. */
export type ComplianceKey = Readonly<Partial<Record<ComplianceDimension, string | null>>>;

/** SLA-9 drill-down: whether the row is counted in the cell `key` — the very test the grouping applies, so a cell's list and its figures agree. */
export function inCell(row: OutcomeRow, key: ComplianceKey): boolean {
  return (Object.keys(key) as ComplianceDimension[]).every((dimension) => valueOf(row, dimension) === key[dimension]);
}

/** SLA-9: MET and BREACHED counted per combination of the dimensions asked for, sorted by key. */
export function aggregateCompliance(rows: readonly (OutcomeRow | CountedRow)[], dimensions: readonly ComplianceDimension[]): ComplianceGroup[] {
  const groups = new Map<string, { key: Partial<Record<ComplianceDimension, string | null>>; met: number; breached: number }>();
  // A week or month per arrival instant, worked out once: counted rows share a few instants (#17).
  const periods = { WEEK: new Map<number, string | null>(), MONTH: new Map<number, string | null>() };
  const value = (row: Omit<OutcomeRow, 'ticketId'>, dimension: ComplianceDimension) => {
    if (dimension !== 'WEEK' && dimension !== 'MONTH') return valueOf(row, dimension);
    const at = row.receivedAt.getTime();
    let period = periods[dimension].get(at);
    if (period === undefined) periods[dimension].set(at, (period = valueOf(row, dimension)));
    return period;
  };
  for (const row of rows) {
    const key = Object.fromEntries(dimensions.map((d) => [d, value(row, d)])) as Partial<Record<ComplianceDimension, string | null>>;
    const id = JSON.stringify(dimensions.map((d) => key[d]));
    const group = groups.get(id) ?? { key, met: 0, breached: 0 };
    const count = 'count' in row ? row.count : 1;
    if (row.outcome === 'MET') group.met += count;
    else group.breached += count;
    groups.set(id, group);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);
}
