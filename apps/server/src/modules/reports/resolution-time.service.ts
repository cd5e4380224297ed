import type { EntityManager } from '@mikro-orm/core';
import { addDays, instantAt } from '@desk/sla';
import { ProblemList } from '../../common/errors.js';
import { TicketStatus } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { aggregateResolution, summarize, type ResolutionDimension, type ResolutionGroup, type ResolvedRow } from './resolution-stats.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_RANGE_DAYS = 732;

export interface ResolutionReport {
  readonly groups: ResolutionGroup[];
  readonly total: ResolutionGroup;
}

/**
 * #14: resolution time of the tickets closed in a period of Moscow dates,
 * from the figure each ticket got at its close (`tickets.resolution_seconds`,
 * read through the closed_at index). Median and p90 are computed here, the
 * same way on SQLite and PostgreSQL (percentileCont).
 */
export class ResolutionTimeService {
  constructor(private readonly em: EntityManager) {}

  async report(from: string, to: string, dimension: ResolutionDimension | null): Promise<ResolutionReport> {
    const rows = await this.rows(from, to);
    return { groups: aggregateResolution(rows, dimension), total: summarize(null, rows.map((r) => r.resolutionSeconds)) };
  }

  /** Closed (not refused) and measured, closed from `from` 00:00 to the end of `to`, Moscow. */
  private async rows(from: string, to: string): Promise<ResolvedRow[]> {
    const [start, end] = periodOf(from, to);
    const tickets = await this.em.find(
      Ticket,
      { closedAt: { $gte: start, $lt: end }, resolutionSeconds: { $ne: null }, status: TicketStatus.CLOSED },
      { fields: ['supportLevel', 'criticality', 'category', 'assignee', 'closedAt', 'resolutionSeconds'] },
    );
    return tickets.map((t) => ({
      supportLevel: t.supportLevel,
      criticality: t.criticality,
      category: t.category,
      agentId: t.assignee?.id ?? null,
      closedAt: t.closedAt!,
      resolutionSeconds: t.resolutionSeconds!,
    }));
  }
}

/** [from 00:00, the day after `to` 00:00) Moscow; BAD_USER_INPUT naming from or to. */
function periodOf(from: string, to: string): [Date, Date] {
  const problems = new ProblemList();
  const valid = (day: string) => ISO_DATE.test(day) && new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) === day && day >= '2000-01-01' && day < '2100-01-01';
  if (!valid(from)) problems.add('from', 'must be a calendar date YYYY-MM-DD');
  if (!valid(to)) problems.add('to', 'must be a calendar date YYYY-MM-DD');
  problems.throwIfAny();
  const start = instantAt(from, 0);
  const end = instantAt(addDays(to, 1), 0);
  if (end.getTime() <= start.getTime()) problems.add('to', 'must not be before from');
  else if (end.getTime() - start.getTime() > MAX_RANGE_DAYS * 86_400_000) problems.add('to', `the period may span at most ${MAX_RANGE_DAYS} days`);
  problems.throwIfAny();
  return [start, end];
}
