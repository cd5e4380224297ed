import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { SlaAlertKind } from '../../entities/sla/sla.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { TicketChangeReaction } from '../tickets/index.js';
import type { DeadlineSource, DueItem } from '../../infra/scheduling/deadline-source.js';
import { raiseSlaAlerts, SLA_ALERT_TIMER } from './sla-alert.raiser.js';

/** SLA-7: AT_RISK at the at-risk instant and BREACHED at the deadline of every ticket still waiting for a reaction. */
export function slaDeadlineSources(orm: MikroORM, deps: { clock: Clock; events: EventBus; reactions?: readonly TicketChangeReaction[] }): DeadlineSource[] {
  return [SlaAlertKind.AT_RISK, SlaAlertKind.BREACHED].map((kind) => {
    const { flag, instant } = SLA_ALERT_TIMER[kind];
    const armed = { awaitingReaction: true, [flag]: false };
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
          { orderBy: { [instant]: 'asc', id: 'asc' }, limit, fields: ['id', instant] },
        );
        return rows.map((t) => ({ id: t.id, dueAt: t[instant] }));
      },
      async fire(items: readonly DueItem[]) {
        await raiseSlaAlerts(orm.em.fork(), deps, kind, items.map((item) => item.id));
      },
    };
  });
}
