import { instantMs } from '../moscow-time.js';
import type { ServiceSchedule } from '../business-time/schedule.js';

/** The status a ticket waits for the customer in (TKT-2): its resolution clock is paused meanwhile. */
export const PAUSING_STATUS = 'WAITING_FOR_CUSTOMER';

/** One move of a ticket's status, as its timeline records it (TKT-9). */
export interface StatusChange {
  readonly at: Date;
  readonly to: string;
}

/**
 * Resolution time (#14): the service time from the request's arrival (the
 * SLA-2 clock start) to its close, counted in the ticket's own service hours
 * (LVL-2, SLA-4, SLA-5), with every stretch spent WAITING_FOR_CUSTOMER left
 * out — the clock is paused while the next move is the customer's, so a
 * customer who takes a week to answer does not make support look slow. A
 * ticket closed while waiting (TKT-3's auto-close) is paused until the close.
 * Whole seconds, rounded.
 */
export function resolutionSeconds(schedule: ServiceSchedule, receivedAt: Date, closedAt: Date, changes: readonly StatusChange[]): number {
  const start = instantMs(receivedAt);
  const end = instantMs(closedAt);
  if (end <= start) return 0;
  let seconds = schedule.serviceSecondsBetween(receivedAt, closedAt);
  for (const [from, to] of waitingStretches(changes, end)) {
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) seconds -= schedule.serviceSecondsBetween(new Date(a), new Date(b));
  }
  return Math.max(0, Math.round(seconds));
}

/** [entered WAITING_FOR_CUSTOMER, left it) in ms, in time order; one still open at `end` runs to it. */
function waitingStretches(changes: readonly StatusChange[], end: number): [number, number][] {
  const ordered = [...changes].map((c) => ({ at: instantMs(c.at), to: c.to })).sort((a, b) => a.at - b.at);
  const stretches: [number, number][] = [];
  let since: number | null = null;
  for (const change of ordered) {
    if (change.to === PAUSING_STATUS) since ??= change.at;
    else if (since !== null) {
      stretches.push([since, change.at]);
      since = null;
    }
  }
  if (since !== null) stretches.push([since, end]);
  return stretches;
}
