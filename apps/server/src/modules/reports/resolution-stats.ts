import { moscowDateOf } from '@desk/sla';

export type ResolutionDimension = 'LEVEL' | 'CRITICALITY' | 'CATEGORY' | 'AGENT' | 'MONTH';

/** One closed ticket as the resolution-time report counts it (#14). */
export interface ResolvedRow {
  readonly supportLevel: string;
  readonly criticality: string;
  readonly category: string;
  /** Who held the ticket when it closed; null: nobody. */
  readonly agentId: number | null;
  readonly closedAt: Date;
  readonly resolutionSeconds: number;
}

export interface ResolutionGroup {
  /** The value of the dimension grouped by (YYYY-MM for MONTH, an agent's id); null for none, or for the total. */
  readonly key: string | null;
  readonly count: number;
  readonly medianSeconds: number;
  readonly p90Seconds: number;
  readonly totalSeconds: number;
}

/**
 * The p-quantile of sorted values with linear interpolation between the two
 * nearest ranks — PostgreSQL's percentile_cont, so the figures match what an
 * auditor recomputes in SQL. Rounded to whole seconds (API.md).
 */
export function percentileCont(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = p * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return Math.round(sorted[below]! + (sorted[above]! - sorted[below]!) * (rank - below));
}

function keyOf(row: ResolvedRow, dimension: ResolutionDimension): string | null {
  switch (dimension) {
    case 'LEVEL':
      return row.supportLevel;
    case 'CRITICALITY':
      return row.criticality;
    case 'CATEGORY':
      return row.category;
    case 'AGENT':
      return row.agentId === null ? null : String(row.agentId);
    case 'MONTH':
      return moscowDateOf(row.closedAt).slice(0, 7);
  }
}

/** Count, median, p90 and sum of one set of resolution times. */
export function summarize(key: string | null, seconds: readonly number[]): ResolutionGroup {
  const sorted = [...seconds].sort((a, b) => a - b);
  return {
    key,
    count: sorted.length,
    medianSeconds: percentileCont(sorted, 0.5),
    p90Seconds: percentileCont(sorted, 0.9),
    totalSeconds: sorted.reduce((sum, s) => sum + s, 0),
  };
}

/** #14: resolution time per value of `dimension` (sorted by key, none last), or one group of all when not grouped. */
export function aggregateResolution(rows: readonly ResolvedRow[], dimension: ResolutionDimension | null): ResolutionGroup[] {
  if (dimension === null) return [summarize(null, rows.map((r) => r.resolutionSeconds))];
  const groups = new Map<string | null, number[]>();
  for (const row of rows) {
    const key = keyOf(row, dimension);
    groups.set(key, [...(groups.get(key) ?? []), row.resolutionSeconds]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([key, seconds]) => summarize(key, seconds));
}
