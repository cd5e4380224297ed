import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { addDays, instantAt } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { SupportLevel } from '../../entities/sla/sla.enums.js';
import { TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { periodsOf, slaTermsFor, type CalendarChange, type CalendarChangeListener } from '../sla/index.js';
import { moscow } from './reaction.js';
import { moveTicketsWithin, type TicketChangeDeps } from './ticket-change.js';
import { recordTimeline } from './timeline.js';

export interface CalendarDeadlineDeps extends TicketChangeDeps {
  readonly clock: Clock;
  readonly atRiskShare: number;
}

/**
 * SLA-5: a calendar edit recomputes the response deadline of every open BASIC
 * ticket it affects, from the original arrival (as SLA-8 does), in the edit's
 * transaction with the queue version; the queue reorders live and each moved
 * ticket's timeline says before → after and why. SLA-10: a ticket whose
 * outcome is decided — reacted to, or past its deadline — keeps it.
 */
export function calendarDeadlines(deps: CalendarDeadlineDeps): CalendarChangeListener {
  return async (tx, change) => {
    const candidates = await tx.find(Ticket, undecidedBasicAround(change, deps.clock.now()), { orderBy: { id: 'asc' } });
    const moves = candidates.flatMap((ticket) => {
      const terms = slaTermsFor(change.calendar, ticket.supportLevel, ticket.criticality, ticket.receivedAt, deps.atRiskShare, periodsOf(ticket));
      return terms.responseDueAt.getTime() === ticket.responseDueAt.getTime() ? [] : [{ ticket, terms }];
    });
    const byTicket = new Map(moves.map((m) => [m.ticket, m.terms]));
    const events = await moveTicketsWithin(tx, deps, [...byTicket.keys()], (ticket) => moveDeadline(tx, ticket, byTicket.get(ticket)!, change));
    return () => {
      for (const event of events) deps.events.publish(event);
    };
  };
}

function moveDeadline(tx: EntityManager, ticket: Ticket, terms: ReturnType<typeof slaTermsFor>, change: CalendarChange): void {
  const before = ticket.responseDueAt;
  // SLA-7: alerts are once per deadline; a new deadline re-arms them.
  Object.assign(ticket, terms, { atRiskAlerted: false, breachAlerted: false, updatedAt: change.at });
  recordTimeline(tx, ticket, {
    kind: TimelineKind.DEADLINE_MOVED,
    at: change.at,
    actorId: change.actorId,
    summary: `Deadline ${moscow(before)} → ${moscow(ticket.responseDueAt)}: ${change.summary} (SLA-5)`,
    data: {
      reason: 'CALENDAR_CHANGED',
      calendarChange: change.summary,
      dates: change.dates.slice(0, 31),
      previousResponseDueAt: before.toISOString(),
      responseDueAt: ticket.responseDueAt.toISOString(),
    },
  });
}

/**
 * Open BASIC tickets nobody has reacted to, whose deadline is still ahead and
 * whose clock runs across the edited days. A day before the earliest one is
 * included too: making a day a holiday can shorten the day before it (art. 95).
 * The recomputation decides; this only keeps it from reading every ticket.
 */
function undecidedBasicAround(change: CalendarChange, now: Date): FilterQuery<Ticket> {
  const dates = [...change.dates].sort();
  const from = instantAt(addDays(dates[0]!, -1), 0);
  const to = instantAt(addDays(dates[dates.length - 1]!, 1), 0);
  return {
    supportLevel: SupportLevel.BASIC,
    status: { $nin: [TicketStatus.CLOSED, TicketStatus.REJECTED] },
    respondedAt: null,
    slaOutcome: null,
    receivedAt: { $lt: to },
    responseDueAt: { $gt: now, $gte: from },
  };
}
