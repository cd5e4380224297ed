import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { ProblemList } from '../../common/errors.js';
import { SlaOutcome } from '../../entities/sla/sla.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { aggregateCompliance, type ComplianceDimension, type ComplianceGroup, type OutcomeRow } from './compliance.js';

const MAX_RANGE_DAYS = 732;

/** SLA-9: response-time compliance of the tickets that arrived in [from, to). */
export class ComplianceService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async report(from: Date, to: Date, dimensions: readonly ComplianceDimension[]): Promise<ComplianceGroup[]> {
    const problems = new ProblemList();
    if (to.getTime() <= from.getTime()) problems.add('to', 'must be after from');
    else if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) problems.add('to', `the range may span at most ${MAX_RANGE_DAYS} days`);
    if (new Set(dimensions).size !== dimensions.length) problems.add('groupBy', 'names a dimension twice');
    if (dimensions.includes('WEEK') && dimensions.includes('MONTH')) problems.add('groupBy', 'group by WEEK or by MONTH, not both');
    problems.throwIfAny();
    const now = this.clock.now();
    const tickets = await this.em.find(
      Ticket,
      {
        receivedAt: { $gte: from, $lt: to },
        $or: [
          { slaOutcome: { $ne: null } },
          // Still waiting for the reaction past its deadline (taken or not): already a breach.
          { awaitingReaction: true, responseDueAt: { $lt: now } },
        ],
      },
      { fields: ['receivedAt', 'supportLevel', 'criticality', 'assignee', 'respondedBy', 'respondedAt', 'slaOutcome'] },
    );
    const rows: OutcomeRow[] = tickets.map((t) => ({
      receivedAt: t.receivedAt,
      supportLevel: t.supportLevel,
      criticality: t.criticality,
      // SLA-9: the agent who reacted; a ticket still waiting counts against whoever holds it.
      agentId: (t.respondedAt ? t.respondedBy : t.assignee)?.id ?? null,
      outcome: t.slaOutcome === SlaOutcome.MET ? 'MET' : 'BREACHED',
    }));
    return aggregateCompliance(rows, dimensions);
  }
}
