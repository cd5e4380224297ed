import type { ServiceSchedule } from '../business-time/schedule.js';
import { instantMs, moscowDayNumber, moscowDayStartMs, moscowMinuteOfDay } from '../moscow-time.js';
import type { Criticality, SupportLevel } from '../types.js';

/** A staff member's personal quiet hours: Moscow minutes of the day, [from, until); may wrap midnight (22:00–07:00). */
export interface QuietHours {
  readonly fromMinute: number;
  readonly untilMinute: number;
}

export interface OffAppInput {
  /** The service schedule of the ticket's level (scheduleFor): BASIC alerts wait for it to open. */
  readonly schedule: ServiceSchedule;
  readonly supportLevel: SupportLevel;
  readonly criticality: Criticality;
  /** The alert is an SLA-7 BREACHED one. */
  readonly breach: boolean;
  readonly quietHours: QuietHours | null;
  readonly now: Date;
}

/** How far ahead a slot outside quiet hours and inside service hours is looked for before quiet hours give way. */
const SEARCH_DAYS = 14;

/** Whether the Moscow wall-clock minute of `at` falls inside the quiet hours. */
export function inQuietHours(quiet: QuietHours, at: Date): boolean {
  const minute = moscowMinuteOfDay(at);
  const { fromMinute: from, untilMinute: until } = quiet;
  if (from === until) return false;
  return from < until ? minute >= from && minute < until : minute >= from || minute < until;
}

/** The first instant at or after `at` outside the quiet hours. */
export function quietHoursEnd(quiet: QuietHours, at: Date): Date {
  if (!inQuietHours(quiet, at)) return at;
  const ms = instantMs(at);
  const day = moscowDayNumber(ms);
  const sameDay = moscowDayStartMs(day) + quiet.untilMinute * 60_000;
  return new Date(sameDay > ms ? sameDay : moscowDayStartMs(day + 1) + quiet.untilMinute * 60_000);
}

/**
 * When a staff notification may leave the console by e-mail or Telegram (#13,
 * "users of the anchors ask for exactly this"): an alert about a BASIC ticket
 * only inside BASIC service hours (LVL-2: outside them it waits for the next
 * opening), EXTENDED ones at once (24×7); never inside the person's quiet
 * hours — except a BREACHED alert on an EXTENDED CRITICAL ticket (P1, SLA-6),
 * which always goes through at once. `now` itself means "send now".
 */
export function offAppDeliveryAt(input: OffAppInput): Date {
  const { schedule, supportLevel, criticality, breach, quietHours, now } = input;
  if (breach && supportLevel === 'EXTENDED' && criticality === 'CRITICAL') return now;
  const open = (at: Date) => (supportLevel === 'BASIC' ? schedule.nextOpening(at) : at);
  let at = open(now);
  if (!quietHours) return at;
  const limit = instantMs(now) + SEARCH_DAYS * 86_400_000;
  while (instantMs(at) <= limit) {
    const quiet = quietHoursEnd(quietHours, at);
    if (quiet.getTime() === at.getTime()) return at;
    at = open(quiet);
  }
  // Quiet hours that cover every service hour: the service hours win, or nobody would ever hear of it.
  return open(now);
}
