import { raw, type EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { SlaAlertKind, TicketStatus, TimelineKind } from '../../entities/enums.js';
import { SlaAlert } from '../../entities/sla-alert.entity.js';
import { Ticket } from '../../entities/ticket.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { runTicketChange } from '../realtime/ticket-change.js';
import { recordTimeline } from '../tickets/timeline.js';

class AlreadyRaised extends Error {}

/**
 * Raises one SLA-7 alert exactly once across all server processes: the
 * conditional update that flips the ticket's "alerted" flag for this very
 * deadline is the claim; whoever changes the row wins, everyone else skips.
 * A breach escalates the ticket to the team lead (SLA-7, TKT-6).
 */
export async function raiseSlaAlert(
  em: EntityManager,
  deps: { clock: Clock; events: EventBus },
  ticketId: number,
  kind: SlaAlertKind,
  dueAt: Date,
): Promise<SlaAlert | null> {
  const flag = kind === SlaAlertKind.AT_RISK ? 'atRiskAlerted' : 'breachAlerted';
  let alert: SlaAlert | null = null;
  try {
    await runTicketChange(em, deps.events, async (tx, scope) => {
      const claimed = await tx.nativeUpdate(
        Ticket,
        { id: ticketId, status: TicketStatus.NEW, responseDueAt: dueAt, [flag]: false },
        { [flag]: true, version: raw('version + 1') },
      );
      if (claimed === 0) throw new AlreadyRaised();
      const ticket = await tx.findOneOrFail(Ticket, ticketId, { refresh: true });
      await scope.remember(ticket);
      const now = deps.clock.now();
      alert = tx.create(SlaAlert, { ticket, kind, dueAt, raisedAt: now });
      recordTimeline(tx, ticket, {
        kind: TimelineKind.SLA_ALERT,
        at: now,
        actorId: null,
        summary: kind === SlaAlertKind.AT_RISK ? 'Response time at risk' : 'Response time breached: no reaction by the deadline',
        data: { kind, dueAt: dueAt.toISOString() },
      });
      if (kind === SlaAlertKind.BREACHED) {
        ticket.escalationLevel += 1;
        recordTimeline(tx, ticket, {
          kind: TimelineKind.ESCALATED,
          at: now,
          actorId: null,
          summary: `Escalated to level ${ticket.escalationLevel} automatically: response deadline breached`,
          data: { level: ticket.escalationLevel, reason: 'SLA_BREACHED', automatic: true },
        });
      }
      ticket.updatedAt = now;
      return ticket;
    });
  } catch (error) {
    if (error instanceof AlreadyRaised) return null;
    throw error;
  }
  const raised = alert as SlaAlert | null;
  if (raised) {
    deps.events.publish({
      type: 'sla.alert',
      alertId: raised.id,
      ticketId,
      kind,
      dueAt: dueAt.toISOString(),
      raisedAt: raised.raisedAt.toISOString(),
    });
  }
  return raised;
}
