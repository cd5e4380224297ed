import { raw, type EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { SlaAlertKind, SlaOutcome } from '../../entities/sla/sla.enums.js';
import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { TicketChangeReaction } from '../tickets/index.js';
import { logSlaAlerts, nextAlertVersions } from '../queue/index.js';
import { decideOutcome, runInPlaceTicketChanges, recordTimeline } from '../tickets/index.js';

/** Which flag arms an alert kind, and the instant at which it is due. */
export const SLA_ALERT_TIMER = {
  [SlaAlertKind.AT_RISK]: { flag: 'atRiskAlerted', instant: 'atRiskAt' },
  [SlaAlertKind.BREACHED]: { flag: 'breachAlerted', instant: 'responseDueAt' },
} as const;

/**
 * Raises SLA-7 alerts of one kind for the given tickets, each exactly once
 * across all server processes: under the queue lock, the conditional update
 * that flips the ticket's "alerted" flag while it is still armed and due is the
 * claim; whoever changes the row wins, everyone else skips it. A breach
 * escalates the ticket to the team lead (SLA-7, TKT-6). One transaction serves
 * the whole batch, so a burst of deadlines costs a few statements, not a few per ticket.
 */
export async function raiseSlaAlerts(
  em: EntityManager,
  deps: { clock: Clock; events: EventBus; reactions?: readonly TicketChangeReaction[] },
  kind: SlaAlertKind,
  ticketIds: readonly number[],
): Promise<SlaAlert[]> {
  const { flag, instant } = SLA_ALERT_TIMER[kind];
  const now = deps.clock.now();
  const alerts: SlaAlert[] = [];
  await runInPlaceTicketChanges(em, deps, async (tx) => {
    const armedAndDue = { awaitingReaction: true, [flag]: false, [instant]: { $lte: now } };
    const claimable = await tx.find(Ticket, { ...armedAndDue, id: { $in: [...ticketIds] } }, { fields: ['id'] });
    if (claimable.length === 0) return [];
    const ids = claimable.map((ticket) => ticket.id);
    const claimed = await tx.nativeUpdate(Ticket, { ...armedAndDue, id: { $in: ids } }, { [flag]: true, version: raw('version + 1') });
    // Every writer of these flags holds the queue lock, so nobody can slip in between; if one ever did, retry later.
    if (claimed !== ids.length) throw new Error(`SLA ${kind}: claimed ${claimed} of ${ids.length} tickets; the batch is rolled back for the next sweep`);
    const tickets = await tx.find(Ticket, { id: { $in: ids } }, { refresh: true, orderBy: { [instant]: 'asc', id: 'asc' } });
    // #16: each alert's place in the cluster-wide order, taken under this transaction's queue lock.
    let version = await nextAlertVersions(tx, tickets.length);
    for (const ticket of tickets) alerts.push(recordAlert(tx, ticket, kind, now, version++));
    // The alerts' ids for their log rows, written in this transaction.
    await tx.flush();
    const organizationOf = new Map(tickets.map((ticket) => [ticket.id, ticket.organization.id]));
    await logSlaAlerts(tx, alerts, (alert) => organizationOf.get(alert.ticket.id)!);
    return tickets;
  });
  for (const alert of alerts) {
    deps.events.publish({
      type: 'sla.alert',
      alertId: alert.id,
      ticketId: alert.ticket.id,
      kind,
      dueAt: alert.dueAt.toISOString(),
      raisedAt: alert.raisedAt.toISOString(),
    });
  }
  return alerts;
}

/** The alert, its timeline line and, for a breach, the automatic escalation. */
function recordAlert(tx: EntityManager, ticket: Ticket, kind: SlaAlertKind, now: Date, version: number): SlaAlert {
  // The alert is about the response deadline, whatever instant made it due.
  const dueAt = ticket.responseDueAt;
  const alert = tx.create(SlaAlert, { ticket, kind, dueAt, raisedAt: now, version });
  recordTimeline(tx, ticket, {
    kind: TimelineKind.SLA_ALERT,
    at: now,
    actorId: null,
    summary: kind === SlaAlertKind.AT_RISK ? 'Response time at risk' : 'Response time breached: no reaction by the deadline',
    data: { kind, dueAt: dueAt.toISOString() },
  });
  if (kind === SlaAlertKind.BREACHED) {
    // SLA-10: no reaction by the deadline decides the outcome; a later reaction never rewrites it.
    // A reaction at the very deadline is still MET (SLA-9), so only a deadline already past decides it here.
    if (now.getTime() > dueAt.getTime()) decideOutcome(ticket, SlaOutcome.BREACHED, dueAt);
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
  return alert;
}
