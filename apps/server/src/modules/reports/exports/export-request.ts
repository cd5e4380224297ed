import { ProblemList } from '../../../common/errors.js';
import { idOf } from '../../../common/ids.js';
import { Criticality, SupportLevel } from '../../../entities/sla/sla.enums.js';
import type { ComplianceDimension, ComplianceKey } from '../compliance.js';

/** The query string of an export route, as express hands it over. */
export type ExportQuery = Record<string, unknown>;

const DIMENSIONS: readonly ComplianceDimension[] = ['LEVEL', 'CRITICALITY', 'AGENT', 'WEEK', 'MONTH'];

export interface RangeArgs {
  readonly from: Date;
  readonly to: Date;
}

export interface ReportArgs extends RangeArgs {
  readonly groupBy: ComplianceDimension[];
}

export interface TicketsArgs extends RangeArgs {
  readonly key: ComplianceKey;
  readonly outcome: 'MET' | 'BREACHED' | null;
}

/** A single text parameter; repeated or absent → undefined (the caller names what is missing). */
function text(query: ExportQuery, name: string): string | undefined {
  const value = query[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function instant(query: ExportQuery, name: string, problems: ProblemList): Date {
  const value = text(query, name);
  const date = value === undefined ? null : new Date(value);
  if (!date || Number.isNaN(date.getTime())) problems.add(name, 'must be a date-time such as 2026-11-01T00:00:00+03:00');
  return date ?? new Date(NaN);
}

function oneOf<T extends string>(query: ExportQuery, name: string, values: readonly T[], problems: ProblemList): T | undefined {
  const value = text(query, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) problems.add(name, `must be one of ${values.join(', ')}`);
  return value as T;
}

/** `from`, `to` and `groupBy=LEVEL,AGENT` of `GET /exports/sla-report.{csv,xlsx}`: the arguments of slaCompliance. */
export function reportArgsOf(query: ExportQuery): ReportArgs {
  const problems = new ProblemList();
  const from = instant(query, 'from', problems);
  const to = instant(query, 'to', problems);
  const names = (text(query, 'groupBy') ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(DIMENSIONS as readonly string[]).includes(name));
  if (unknown.length) problems.add('groupBy', `${unknown.join(', ')}: not a dimension (${DIMENSIONS.join(', ')})`);
  problems.throwIfAny();
  return { from, to, groupBy: names as ComplianceDimension[] };
}

/**
 * `GET /exports/sla-report-tickets.{csv,xlsx}`: the arguments of
 * slaComplianceTickets, the cell's fields as parameters (`supportLevel`,
 * `criticality`, `agentId` or `noAgent=true`, `week`, `month`) and `outcome`.
 */
export function ticketsArgsOf(query: ExportQuery): TicketsArgs {
  const problems = new ProblemList();
  const from = instant(query, 'from', problems);
  const to = instant(query, 'to', problems);
  const key: Partial<Record<ComplianceDimension, string | null>> = {};
  const level = oneOf(query, 'supportLevel', Object.values(SupportLevel), problems);
  if (level) key.LEVEL = level;
  const criticality = oneOf(query, 'criticality', Object.values(Criticality), problems);
  if (criticality) key.CRITICALITY = criticality;
  const agentId = text(query, 'agentId');
  if (agentId !== undefined) {
    const id = idOf(agentId);
    if (id === null) problems.add('agentId', 'is not an id this API returned');
    key.AGENT = String(id);
  } else if (text(query, 'noAgent') === 'true') key.AGENT = null;
  const week = text(query, 'week');
  if (week !== undefined) key.WEEK = week;
  const month = text(query, 'month');
  if (month !== undefined) key.MONTH = month;
  const outcome = oneOf(query, 'outcome', ['MET', 'BREACHED'] as const, problems) ?? null;
  problems.throwIfAny();
  return { from, to, key, outcome };
}
