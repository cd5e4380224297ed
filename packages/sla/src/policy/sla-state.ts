import type { ServiceSchedule } from '../business-time/schedule.js';
import { instantMs } from '../moscow-time.js';
import type { SlaOutcome, SlaState } from '../types.js';
import { resolveAtRiskShare } from './at-risk-share.js';

export interface SlaSnapshot {
  state: SlaState;
  /** Service seconds used: from arrival until the reaction, or until `now` while unanswered. */
  elapsedSeconds: number;
  /** Service seconds left until the deadline at the same point; 0 once past it. */
  remainingSeconds: number;
  /** elapsed / response time; not capped, so 1.5 reads "50% over". */
  usedShare: number;
  /** The unanswered clock is stopped because BASIC service is closed at `now`. */
  paused: boolean;
  /** When a paused clock starts again; null when not paused. */
  resumesAt: Date | null;
}

export interface SlaStateInput {
  schedule: ServiceSchedule;
  receivedAt: Date;
  responseDueAt: Date;
  respondedAt: Date | null;
  now: Date;
  atRiskShare?: number;
}

/**
 * SLA-7/SLA-9 state of one ticket at `now`. The response time is taken as the service time
 * between arrival and the stored deadline, so a deadline recomputed by SLA-8 is honoured as is.
 * Once reacted to, the clock stopped at respondedAt (SLA-2) and `now` no longer matters.
 */
export function slaStateAt(input: SlaStateInput): SlaSnapshot {
  const { schedule, receivedAt, responseDueAt, respondedAt, now } = input;
  const share = resolveAtRiskShare({ atRiskShare: input.atRiskShare });
  const dueMs = instantMs(responseDueAt);
  const stop = respondedAt ?? now;
  const stopMs = instantMs(stop);

  const totalMs = Math.round(schedule.serviceSecondsBetween(receivedAt, responseDueAt) * 1000);
  const elapsedMs = Math.round(schedule.serviceSecondsBetween(receivedAt, stop) * 1000);
  const remainingSeconds = schedule.serviceSecondsBetween(stop, responseDueAt);
  const usedShare = totalMs > 0 ? elapsedMs / totalMs : stopMs >= dueMs ? 1 : 0;

  let state: SlaState;
  if (respondedAt) state = slaOutcome(responseDueAt, respondedAt);
  else if (stopMs >= dueMs) state = 'BREACHED';
  // Integer ms, rounded like atRiskAt, so the state flips exactly at the instant atRiskAt returns.
  else if (elapsedMs >= Math.round(share * totalMs)) state = 'AT_RISK';
  else state = 'ON_TRACK';

  const paused = !respondedAt && !schedule.isOpen(now);
  return {
    state,
    elapsedSeconds: elapsedMs / 1000,
    remainingSeconds,
    usedShare,
    paused,
    resumesAt: paused ? schedule.nextOpening(now) : null,
  };
}

/** SLA-9: reacting exactly at the deadline still meets it. */
export function slaOutcome(responseDueAt: Date, respondedAt: Date): SlaOutcome {
  return instantMs(respondedAt) <= instantMs(responseDueAt) ? 'MET' : 'BREACHED';
}
