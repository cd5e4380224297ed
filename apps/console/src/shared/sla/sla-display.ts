import { ProductionCalendar, scheduleFor, slaStateAt, type SlaState, type SupportLevel } from '@desk/sla';

/**
 * The shipped production calendar (SLA-5: 2025, 2026 and the art. 112 rules).
 * Admin overrides live on the server; the server's `atRiskAt`/`responseDueAt`
 * already honour them, this only drives the second-by-second display.
 */
export const defaultCalendar = new ProductionCalendar();

export interface SlaTicket {
  supportLevel: SupportLevel;
  receivedAt: string;
  responseDueAt: string;
  /** Server-computed SLA-7 threshold; honours the server's configured share. */
  atRiskAt?: string | null;
  respondedAt: string | null;
}

export interface SlaDisplay {
  state: SlaState;
  /** BASIC outside service hours (LVL-2, SLA-4): the clock stands still. */
  paused: boolean;
  resumesAt: Date | null;
  /** Service seconds left until the deadline. */
  remainingSeconds: number;
  /** Service seconds since the deadline passed; 0 before it. */
  overdueSeconds: number;
  usedShare: number;
  dueAt: Date;
}

/**
 * SLA-4/SLA-7 state of a ticket at `now`, counted in the business time of its
 * level: a BASIC ticket at night is paused, not running down.
 */
export function slaDisplayAt(ticket: SlaTicket, now: Date, calendar: ProductionCalendar = defaultCalendar): SlaDisplay {
  const schedule = scheduleFor(ticket.supportLevel, calendar);
  const receivedAt = new Date(ticket.receivedAt);
  const dueAt = new Date(ticket.responseDueAt);
  const respondedAt = ticket.respondedAt ? new Date(ticket.respondedAt) : null;
  const snapshot = slaStateAt({ schedule, receivedAt, responseDueAt: dueAt, respondedAt, now });
  let state = snapshot.state;
  // The server may run with another SLA-7 share than the default; its threshold wins.
  if (state === 'ON_TRACK' && ticket.atRiskAt && now.getTime() >= new Date(ticket.atRiskAt).getTime()) state = 'AT_RISK';
  const overdueSeconds = state === 'BREACHED' && !respondedAt ? schedule.serviceSecondsBetween(dueAt, now) : 0;
  return {
    state,
    paused: snapshot.paused,
    resumesAt: snapshot.resumesAt,
    remainingSeconds: snapshot.remainingSeconds,
    overdueSeconds,
    usedShare: snapshot.usedShare,
    dueAt,
  };
}
