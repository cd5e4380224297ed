import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { SlaAlertKind, TicketStatus } from '../../entities/enums.js';
import { Ticket } from '../../entities/ticket.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { DeadlineSource, DueItem } from '../scheduling/deadline-source.js';
import { raiseSlaAlert } from './sla-alert.raiser.js';

/** SLA-7: AT_RISK at the at-risk instant and BREACHED at the deadline of every ticket still waiting for a reaction. */
export function slaDeadlineSources(orm: MikroORM, deps: { clock: Clock; events: EventBus }): DeadlineSource[] {
  return [SlaAlertKind.AT_RISK, SlaAlertKind.BREACHED].map((kind) => {
    const [flag, instant] = kind === SlaAlertKind.AT_RISK ? (['atRiskAlerted', 'atRiskAt'] as const) : (['breachAlerted', 'responseDueAt'] as const);
    const armed = { status: TicketStatus.NEW, [flag]: false };
    return {
      name: `SLA ${kind}`,
      async nearest(em: EntityManager) {
        const next = await em.findOne(Ticket, armed, { orderBy: { [instant]: 'asc' }, fields: ['id', instant] });
        return next ? next[instant] : null;
      },
      async due(em: EntityManager, now: Date, limit: number): Promise<DueItem[]> {
        const rows = await em.find(
          Ticket,
          { ...armed, [instant]: { $lte: now } },
          { orderBy: { [instant]: 'asc', id: 'asc' }, limit, fields: ['id', 'responseDueAt'] },
        );
        // The alert is about the response deadline, whatever instant made it due.
        return rows.map((t) => ({ id: t.id, dueAt: t.responseDueAt }));
      },
      async fire(item: DueItem) {
        await raiseSlaAlert(orm.em.fork(), deps, item.id, kind, item.dueAt);
      },
    };
  });
}
