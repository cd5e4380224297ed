import type { EntityManager } from '@mikro-orm/core';
import { canBeCritical, formatMoscow, isFinal } from '@desk/sla';
import { ProblemList } from '../../common/errors.js';
import { Criticality, SlaOutcome } from '../../entities/sla/sla.enums.js';
import { Resolution, TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { SlaTerms } from '../sla/index.js';
import { decideOutcome, refreshAwaitingReaction } from './reaction.js';
import { recordTimeline } from './timeline.js';

const moscow = (at: Date) => `${formatMoscow(at).slice(0, 16).replace('T', ' ')} MSK`;

/**
 * #19: what makes a merge impossible, each named by the argument to change:
 * two tickets of one organization (a customer sees only its own), neither
 * finished (TKT-4: closed tickets never change), and — when the survivor's
 * outcome is already decided (SLA-10) — the survivor must be the earlier
 * arrival, since a decided outcome cannot take an earlier clock start.
 */
export function mergeProblems(survivor: Ticket, duplicate: Ticket): ProblemList {
  const problems = new ProblemList();
  if (isFinal(survivor.status)) problems.add('survivorId', `${survivor.number} is ${survivor.status}: closed tickets never change (TKT-4)`);
  if (isFinal(duplicate.status)) problems.add('duplicateId', `${duplicate.number} is ${duplicate.status}: closed tickets never change (TKT-4)`);
  if (survivor.organization.id !== duplicate.organization.id) {
    problems.add('duplicateId', `${duplicate.number} belongs to another organization than ${survivor.number}: only one organization's tickets can be merged`);
  }
  if (survivor.slaOutcome && duplicate.receivedAt < survivor.receivedAt) {
    problems.add(
      'survivorId',
      `${duplicate.number} arrived earlier and the outcome of ${survivor.number} is already decided (${survivor.slaOutcome}, SLA-10): merge ${survivor.number} into ${duplicate.number} instead`,
    );
  }
  if (duplicate.criticality === Criticality.CRITICAL && !canBeCritical(survivor.category)) {
    problems.add('survivorId', `${duplicate.number} is CRITICAL and only an INCIDENT can be CRITICAL, not ${survivor.category} (TKT-1): keep the incident as the survivor`);
  }
  return problems;
}

/**
 * The duplicate closes as DUPLICATE pointing at the survivor. Its outcome
 * stays as decided (SLA-10); a deadline it already missed decided BREACHED
 * then, whether or not the sweep ran. Undecided, it leaves SLA-9: the one
 * incident is measured once, on the survivor, from the earlier arrival.
 */
export function closeAsDuplicate(em: EntityManager, duplicate: Ticket, survivor: Ticket, actorId: number, now: Date): void {
  if (!duplicate.respondedAt && now.getTime() > duplicate.responseDueAt.getTime()) decideOutcome(duplicate, SlaOutcome.BREACHED, duplicate.responseDueAt);
  const from = duplicate.status;
  Object.assign(duplicate, {
    status: TicketStatus.CLOSED,
    resolution: Resolution.DUPLICATE,
    mergedInto: survivor,
    closedAt: now,
    waitingSince: null,
    autoCloseAt: null,
    customerAnsweredAt: null,
    updatedAt: now,
  });
  refreshAwaitingReaction(duplicate);
  recordTimeline(em, duplicate, { kind: TimelineKind.STATUS_CHANGED, at: now, actorId, summary: `${from} → ${TicketStatus.CLOSED}`, data: { from, to: TicketStatus.CLOSED } });
  recordTimeline(em, duplicate, {
    kind: TimelineKind.MERGED,
    at: now,
    actorId,
    summary: `Merged into ${survivor.number} as a duplicate: its messages and files moved there`,
    data: { mergedInto: survivor.id, mergedIntoNumber: survivor.number },
  });
  recordTimeline(em, duplicate, {
    kind: TimelineKind.CLOSED,
    at: now,
    actorId,
    summary: `Closed: ${Resolution.DUPLICATE} of ${survivor.number}`,
    data: { resolution: Resolution.DUPLICATE, mergedInto: survivor.id, mergedIntoNumber: survivor.number },
  });
}

export interface JoinFacts {
  readonly actorId: number;
  readonly now: Date;
  readonly moved: { readonly messages: number; readonly files: number };
  /** The SLA terms for a criticality and arrival on the survivor's level and service hours (SLA-1..6). */
  readonly termsAt: (criticality: Criticality, receivedAt: Date) => SlaTerms;
}

/**
 * The survivor takes the earlier arrival (SLA-2) and a CRITICAL duplicate's
 * criticality; its deadline is recomputed from that arrival (SLA-8) and the
 * SLA-7 alerts re-armed for it. Once its outcome is decided — or its own
 * deadline has passed unreacted, which decided it — the outcome, arrival and
 * deadline stay (SLA-10) and only the criticality and priority rise. The
 * timeline line says before → after either way.
 */
export function joinSurvivor(em: EntityManager, survivor: Ticket, duplicate: Ticket, { actorId, now, moved, termsAt }: JoinFacts): void {
  if (!survivor.respondedAt && now.getTime() > survivor.responseDueAt.getTime()) decideOutcome(survivor, SlaOutcome.BREACHED, survivor.responseDueAt);
  const before = { receivedAt: survivor.receivedAt, responseDueAt: survivor.responseDueAt, criticality: survivor.criticality, priority: survivor.priority };
  const criticality = duplicate.criticality === Criticality.CRITICAL ? Criticality.CRITICAL : survivor.criticality;
  const receivedAt = duplicate.receivedAt < survivor.receivedAt ? duplicate.receivedAt : survivor.receivedAt;
  const decided = survivor.slaOutcome;
  if (decided) {
    Object.assign(survivor, { criticality, priority: termsAt(criticality, survivor.receivedAt).priority });
  } else {
    const terms = termsAt(criticality, receivedAt);
    const rearm = terms.responseDueAt.getTime() !== survivor.responseDueAt.getTime();
    Object.assign(survivor, terms, { criticality, receivedAt }, rearm ? { atRiskAlerted: false, breachAlerted: false } : {});
  }
  survivor.updatedAt = now;
  const changes = [
    before.receivedAt.getTime() !== survivor.receivedAt.getTime() ? `arrival ${moscow(before.receivedAt)} → ${moscow(survivor.receivedAt)} (SLA-2)` : null,
    before.criticality !== survivor.criticality ? `criticality ${before.criticality} → ${survivor.criticality}` : null,
    before.responseDueAt.getTime() !== survivor.responseDueAt.getTime() ? `deadline ${moscow(before.responseDueAt)} → ${moscow(survivor.responseDueAt)}` : null,
    decided ? `outcome ${decided} and its deadline kept (decided, SLA-10)` : null,
  ].filter((change): change is string => change !== null);
  recordTimeline(em, survivor, {
    kind: TimelineKind.MERGED,
    at: now,
    actorId,
    summary: `${duplicate.number} merged in as a duplicate (${moved.messages} messages, ${moved.files} files)${changes.length ? `; ${changes.join('; ')}` : ''}`,
    data: {
      duplicate: duplicate.id,
      duplicateNumber: duplicate.number,
      duplicateChannel: duplicate.channel,
      duplicateReceivedAt: duplicate.receivedAt.toISOString(),
      previousReceivedAt: before.receivedAt.toISOString(),
      receivedAt: survivor.receivedAt.toISOString(),
      previousResponseDueAt: before.responseDueAt.toISOString(),
      responseDueAt: survivor.responseDueAt.toISOString(),
      from: before.criticality,
      to: survivor.criticality,
      previousPriority: before.priority,
      priority: survivor.priority,
      messages: moved.messages,
      files: moved.files,
      outcomeKept: decided,
    },
  });
}
