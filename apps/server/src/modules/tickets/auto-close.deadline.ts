import { raw, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Resolution, TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { runTicketChange } from './ticket-change.js';
import type { DeadlineSource, DueItem } from '../../infra/scheduling/deadline-source.js';
import { recordTimeline } from './timeline.js';
import { recordResolutionTime } from './resolution-time.js';
import type { TicketServices } from './ticket-services.js';

class AlreadyHandled extends Error {}

const WAITING = { status: TicketStatus.WAITING_FOR_CUSTOMER, autoCloseAt: { $ne: null } };

/**
 * TKT-3: a ticket waiting for the customer with no answer for 10 working days
 * closes as NO_CUSTOMER_RESPONSE and the customer is e-mailed. The conditional
 * update on (status, autoCloseAt) is the claim: one close across processes,
 * and an answer that arrived first (clearing autoCloseAt) wins.
 */
export function autoCloseDeadlineSource(orm: MikroORM, deps: TicketServices): DeadlineSource {
  return {
    name: 'TKT-3 auto-close',
    async nearest(em: EntityManager) {
      const next = await em.findOne(Ticket, WAITING, { orderBy: { autoCloseAt: 'asc' }, fields: ['id', 'autoCloseAt'] });
      return next?.autoCloseAt ?? null;
    },
    async due(em: EntityManager, now: Date, limit: number): Promise<DueItem[]> {
      const rows = await em.find(
        Ticket,
        { status: TicketStatus.WAITING_FOR_CUSTOMER, autoCloseAt: { $lte: now } },
        { orderBy: { autoCloseAt: 'asc', id: 'asc' }, limit, fields: ['id', 'autoCloseAt'] },
      );
      return rows.map((t) => ({ id: t.id, dueAt: t.autoCloseAt! }));
    },
    async fire(items: readonly DueItem[]) {
      for (const item of items) await autoClose(orm, deps, item);
    },
  };
}

/** Closes one ticket unless its customer answered first. */
async function autoClose(orm: MikroORM, deps: TicketServices, item: DueItem): Promise<void> {
  try {
    await runTicketChange(orm.em.fork(), deps, async (tx, scope) => {
      const now = deps.clock.now();
      const before = await tx.findOneOrFail(Ticket, item.id);
      await scope.remember(before);
      const claimed = await tx.nativeUpdate(
        Ticket,
        { id: item.id, status: TicketStatus.WAITING_FOR_CUSTOMER, autoCloseAt: item.dueAt },
        {
          status: TicketStatus.CLOSED,
          awaitingReaction: false,
          resolution: Resolution.NO_CUSTOMER_RESPONSE,
          closedAt: now,
          waitingSince: null,
          autoCloseAt: null,
          updatedAt: now,
          version: raw('version + 1'),
        },
      );
      if (claimed === 0) throw new AlreadyHandled();
      const ticket = await tx.findOneOrFail(Ticket, item.id, { refresh: true });
      await recordResolutionTime(tx, await deps.calendar.current(tx), ticket, now);
      recordTimeline(tx, ticket, {
        kind: TimelineKind.STATUS_CHANGED,
        at: now,
        actorId: null,
        summary: `${TicketStatus.WAITING_FOR_CUSTOMER} → ${TicketStatus.CLOSED}`,
        data: { from: TicketStatus.WAITING_FOR_CUSTOMER, to: TicketStatus.CLOSED, automatic: true },
      });
      recordTimeline(tx, ticket, {
        kind: TimelineKind.CLOSED,
        at: now,
        actorId: null,
        summary: 'Closed automatically: no answer from the customer for 10 working days (TKT-3)',
        data: { resolution: Resolution.NO_CUSTOMER_RESPONSE, automatic: true },
      });
      await deps.notices.notify(tx, NotificationKind.AUTO_CLOSED, ticket, now);
      return ticket;
    });
  } catch (error) {
    if (!(error instanceof AlreadyHandled)) throw error;
  }
}
