import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { ProblemList } from '../../common/errors.js';
import { SlaOutcome } from '../../entities/sla/sla.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { countOutcomes } from './compliance-counts.js';
import { aggregateCompliance, inCell, type ComplianceDimension, type ComplianceGroup, type ComplianceKey, type OutcomeRow } from './compliance.js';

const MAX_RANGE_DAYS = 732;

/** SLA-9: response-time compliance of the tickets that arrived in [from, to). */
export class ComplianceService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** `organizationId` narrows to one customer (the monthly statement); null: every organization. */
  async report(from: Date, to: Date, dimensions: readonly ComplianceDimension[], organizationId: number | null = null): Promise<ComplianceGroup[]> {
    const problems = checkRange(from, to);
    if (new Set(dimensions).size !== dimensions.length) problems.add('groupBy', 'names a dimension twice');
    if (dimensions.includes('WEEK') && dimensions.includes('MONTH')) problems.add('groupBy', 'group by WEEK or by MONTH, not both');
    problems.throwIfAny();
    return aggregateCompliance(await countOutcomes(this.em, from, to, this.clock.now(), organizationId, dimensions), dimensions);
  }

  /**
   * SLA-9 drill-down: the tickets behind one cell of the report (and one
   * outcome, if given), oldest arrival first: `total` of them, the first
   * `first` listed. The same rows as the report, so the lists add up to it.
   */
  async tickets(
    from: Date,
    to: Date,
    key: ComplianceKey,
    outcome: 'MET' | 'BREACHED' | null,
    first: number,
    organizationId: number | null = null,
  ): Promise<{ total: number; tickets: Ticket[] }> {
    checkRange(from, to).throwIfAny();
    const ids = (await this.rows(from, to, organizationId))
      .filter((row) => inCell(row, key) && (outcome === null || row.outcome === outcome))
      .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.ticketId - b.ticketId)
      .map((row) => row.ticketId);
    const shown = ids.slice(0, first);
    const tickets = shown.length ? await this.em.find(Ticket, { id: { $in: shown } }, { refresh: true }) : [];
    const byId = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    return { total: ids.length, tickets: shown.map((id) => byId.get(id)).filter((t): t is Ticket => t !== undefined) };
  }

  /** Every ticket SLA-9 counts among those that arrived in [from, to): decided, or still waiting past its deadline. */
  private async rows(from: Date, to: Date, organizationId: number | null): Promise<OutcomeRow[]> {
    const now = this.clock.now();
    const tickets = await this.em.find(
      Ticket,
      {
        receivedAt: { $gte: from, $lt: to },
        ...(organizationId === null ? {} : { organization: organizationId }),
        $or: [
          { slaOutcome: { $ne: null } },
          // Still waiting for the reaction past its deadline (taken or not): already a breach.
          { awaitingReaction: true, responseDueAt: { $lt: now } },
        ],
      },
      { fields: ['id', 'receivedAt', 'supportLevel', 'criticality', 'slaLevel', 'slaCriticality', 'assignee', 'respondedBy', 'respondedAt', 'slaOutcome'] },
    );
    return tickets.map((t) => ({
      ticketId: t.id,
      receivedAt: t.receivedAt,
      // SLA-10: a decided ticket counts under the terms it was decided with, whatever was reclassified later.
      supportLevel: t.slaLevel ?? t.supportLevel,
      criticality: t.slaCriticality ?? t.criticality,
      // SLA-9: the agent who reacted; a ticket still waiting counts against whoever holds it.
      agentId: (t.respondedAt ? t.respondedBy : t.assignee)?.id ?? null,
      outcome: t.slaOutcome === SlaOutcome.MET ? 'MET' : 'BREACHED',
    }));
  }
}

/** Moscow dates are the caller's: [from, to) as given, at most two years. */
function checkRange(from: Date, to: Date): ProblemList {
  const problems = new ProblemList();
  if (to.getTime() <= from.getTime()) problems.add('to', 'must be after from');
  else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) problems.add('to', `the range may span at most ${MAX_RANGE_DAYS} days`);
  return problems;
}
