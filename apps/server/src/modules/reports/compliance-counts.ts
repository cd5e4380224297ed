import type { EntityManager } from '@mikro-orm/core';
import { isPostgres } from '../views/index.js';
import type { ComplianceDimension, CountedRow } from './compliance.js';

const DAY_MS = 86_400_000;
/** Moscow is UTC+3 all year since 2014, as @desk/sla's calendar arithmetic assumes. */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

interface CountRow {
  readonly level: string;
  readonly criticality: string;
  readonly agent_id: number | string | null;
  readonly day: number | string;
  readonly outcome: 'MET' | 'BREACHED';
  readonly n: number | string;
}

/**
 * The Moscow day number (days since 1970-01-01 MSK) of `received_at`: PostgreSQL keeps
 * timestamptz, the embedded database epoch milliseconds (MikroORM's SQLite dates).
 */
function moscowDay(postgres: boolean): string {
  return postgres
    ? `floor((extract(epoch from received_at) * 1000 + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})::int`
    : `((received_at + ${MOSCOW_OFFSET_MS}) / ${DAY_MS})`;
}

/** The whole Moscow days inside [from, to), as day numbers [first, end) and the instants that bound them; none: both at `to`. */
function wholeDays(from: Date, to: Date): { first: number; end: number; start: Date; stop: Date } {
  const first = Math.ceil((from.getTime() + MOSCOW_OFFSET_MS) / DAY_MS);
  const end = Math.floor((to.getTime() + MOSCOW_OFFSET_MS) / DAY_MS);
  if (first >= end) return { first: 0, end: 0, start: to, stop: to };
  const midnight = (day: number) => new Date(day * DAY_MS - MOSCOW_OFFSET_MS);
  return { first, end, start: midnight(first), stop: midnight(end) };
}

/** The day number of the 1st of the month of day number `day` (UTC arithmetic on day numbers: no time zone). */
function monthStart(day: number): number {
  const date = new Date(day * DAY_MS);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
}

/**
 * The day a counted row stands for: its Monday when the report groups by
 * WEEK, the 1st of its month by MONTH, any one day otherwise (a report never
 * groups by both). Grouping in SQL by what the report asks for keeps the rows
 * sent to Node at the report's size: by day, a month of a million tickets
 * was 12 000 rows for a 400-row report (#17, pnpm bench million). The months
 * a period touches are known here, so MONTH is a CASE over their 1sts
 * (`days`: the Moscow days of the period; the rollup's rows outside it —
 * month cells and the days taken away from them — lie in its months).
 */
function dayBucket(dimensions: readonly ComplianceDimension[], days: { first: number; end: number }): string {
  // 1970-01-01, day 0, was a Thursday: (day + 3) % 7 days since Monday.
  if (dimensions.includes('WEEK')) return 'day - ((day + 3) % 7)';
  if (!dimensions.includes('MONTH')) return '0';
  const starts: number[] = [];
  for (let month = monthStart(days.first); month < days.end; month = monthStart(month + 31)) starts.push(month);
  if (starts.length === 1) return String(starts[0]);
  const branches = starts.slice(1).map((next, i) => `when day < ${next} then ${starts[i]}`);
  return `case ${branches.join(' ')} else ${starts[starts.length - 1]} end`;
}

/** What the rollup tables give for the whole days [first, end): month cells added, day ranges added and taken away. */
interface RollupReads {
  readonly months: number[];
  readonly added: [number, number][];
  readonly subtracted: [number, number][];
}

/**
 * How to read the whole days [first, end) from the rollups (#17): a month
 * inside the period is its month cell; a month the period covers in part is
 * either its days inside or — when fewer days holding cells lie outside (no
 * cell is younger than today) — its month cell minus the days outside. The
 * last 30 days of a million tickets are then ≈ 2 × 400 month cells and a week
 * of day cells instead of 12 000 day cells. By WEEK, or with no rollup of
 * months, every day is a day cell.
 */
export function rollupReads(first: number, end: number, today: number, months: boolean): RollupReads {
  if (first >= end) return { months: [], added: [], subtracted: [] };
  if (!months) return { months: [], added: [[first, end]], subtracted: [] };
  const reads: RollupReads = { months: [], added: [], subtracted: [] };
  const held = (from: number, to: number) => Math.max(0, Math.min(to, today + 1) - from);
  for (let start = monthStart(first); start < end; ) {
    const next = monthStart(start + 31);
    const from = Math.max(first, start);
    const to = Math.min(end, next);
    if (from === start && to === next) reads.months.push(start);
    else if (held(start, from) + held(to, next) < held(from, to)) {
      reads.months.push(start);
      if (from > start) reads.subtracted.push([start, from]);
      if (to < next) reads.subtracted.push([to, next]);
    } else reads.added.push([from, to]);
    start = next;
  }
  return reads;
}

/** The rollup's rows for `reads`, as a union of selects (none: an empty set) and their parameters. */
function rollupSelects(reads: RollupReads): { sql: string; params: number[] } {
  const columns = 'level, criticality, nullif(agent_id, 0) as agent_id';
  const parts: string[] = [];
  const params: number[] = [];
  if (reads.months.length > 0) {
    parts.push(`select ${columns}, month as day, outcome, tickets as n from compliance_rollup_months where month in (${reads.months.map(() => '?').join(', ')})`);
    params.push(...reads.months);
  }
  for (const [ranges, sign] of [
    [reads.added, ''],
    [reads.subtracted, '-'],
  ] as const) {
    if (ranges.length === 0) continue;
    parts.push(`select ${columns}, day, outcome, ${sign}tickets as n from compliance_rollup where ${ranges.map(() => '(day >= ? and day < ?)').join(' or ')}`);
    params.push(...ranges.flat());
  }
  if (parts.length === 0) parts.push(`select ${columns}, day, outcome, tickets as n from compliance_rollup where 1 = 0`);
  return { sql: parts.join('\n       union all\n       '), params };
}

/** The Moscow day numbers [first, end) that rows arriving in [from, to) carry (partial days included). */
function bounds(from: Date, to: Date): { first: number; end: number } {
  return { first: Math.floor((from.getTime() + MOSCOW_OFFSET_MS) / DAY_MS), end: Math.floor((to.getTime() - 1 + MOSCOW_OFFSET_MS) / DAY_MS) + 1 };
}

function liveCell(postgres: boolean): string {
  return `coalesce(sla_level, support_level) as level,
            coalesce(sla_criticality, criticality) as criticality,
            case when responded_at is not null then responded_by_id else assignee_id end as agent_id,
            ${moscowDay(postgres)} as day,
            case when sla_outcome = 'MET' then 'MET' else 'BREACHED' end as outcome`;
}

/**
 * SLA-9 counted by the database (#14: a million tickets in under a second):
 * tickets that arrived in [from, to) with a decided outcome, or still waiting
 * for the reaction past their deadline (already a breach), per frozen level
 * and criticality (SLA-10), the agent who reacted (a ticket still waiting: its
 * holder), Moscow day of arrival and outcome — the same test as the
 * drill-down's rows (ComplianceService.rows), in SQL. Decided tickets of the
 * whole Moscow days in the period come from `compliance_rollup` (kept equal to
 * the GROUP BY over tickets by triggers, migration compliance_rollup) and its
 * month cells `compliance_rollup_months` (rollupReads); those of
 * the partial days at its ends, and the undecided late ones, are counted live
 * from `tickets`. The rollup has no organization: one customer (the monthly
 * statement) is counted live through `tickets_organization_received_idx`.
 */
export async function countOutcomes(
  em: EntityManager,
  from: Date,
  to: Date,
  now: Date,
  organizationId: number | null,
  dimensions: readonly ComplianceDimension[],
): Promise<CountedRow[]> {
  const postgres = isPostgres(em);
  const instant = (at: Date) => (postgres ? at.toISOString() : at.getTime());
  // The rollup has no organization: every decided ticket of one customer is counted live.
  const days = organizationId === null ? wholeDays(from, to) : wholeDays(to, to);
  const ofOrganization = organizationId === null ? '' : 'and organization_id = ?';
  const organization = organizationId === null ? [] : [organizationId];
  // A dimension the report does not group by is one value for every row.
  const asked = (dimension: ComplianceDimension, column: string, constant: string) => (dimensions.includes(dimension) ? column : constant);
  // By WEEK a month cell would straddle weeks: day cells only.
  const reads = rollupReads(days.first, days.end, Math.floor((now.getTime() + MOSCOW_OFFSET_MS) / DAY_MS), !dimensions.includes('WEEK'));
  const rollup = rollupSelects(reads);
  const rows: CountRow[] = await em.getConnection().execute(
    `select ${asked('LEVEL', 'level', `''`)} as level, ${asked('CRITICALITY', 'criticality', `''`)} as criticality,
            ${asked('AGENT', 'agent_id', 'null')} as agent_id, ${dayBucket(dimensions, bounds(from, to))} as day, outcome, sum(n) as n from (
       ${rollup.sql}
       union all
       select ${liveCell(postgres)}, 1 as n
       from tickets
       where ((received_at >= ? and received_at < ?) or (received_at >= ? and received_at < ?))
         and sla_outcome is not null ${ofOrganization}
       union all
       select ${liveCell(postgres)}, 1 as n
       from tickets
       where received_at >= ? and received_at < ?
         and sla_outcome is null and awaiting_reaction = true and response_due_at < ? ${ofOrganization}
     ) counted
     group by 1, 2, 3, 4, 5
     having sum(n) <> 0`,
    [
      ...rollup.params,
      instant(from),
      instant(days.start),
      instant(days.stop),
      instant(to),
      ...organization,
      instant(from),
      instant(to),
      instant(now),
      ...organization,
    ],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((row) => ({
    // Noon of the day: any instant of it names the same Moscow date, week and month.
    receivedAt: new Date(Number(row.day) * DAY_MS - MOSCOW_OFFSET_MS + DAY_MS / 2),
    supportLevel: row.level,
    criticality: row.criticality,
    agentId: row.agent_id === null ? null : Number(row.agent_id),
    outcome: row.outcome,
    count: Number(row.n),
  }));
}
