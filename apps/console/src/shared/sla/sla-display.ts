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

/** "4:05", "29:41", "1:05:12": a ticking clock; whole seconds, rounded down. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

const MOSCOW = 'Europe/Moscow';

/**
 * Building an Intl.DateTimeFormat costs far more than using one, and every
 * visible countdown formats on each tick and each queue event: keep them.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function moscowDay(date: Date): string {
  return formatter('en-CA', { timeZone: MOSCOW, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

const DAY_MS = 86_400_000;

/**
 * A Moscow wall-clock time for deadlines and reopenings, as short as is still
 * unambiguous: "09:00" today, "пн 09:00" within the coming week, otherwise with
 * the date ("пн, 12.01, 09:00" after the New Year holidays). Always Moscow,
 * whatever the browser's zone, because the agreement's hours are Moscow hours.
 */
export function formatMoscowShort(date: Date, locale: string, now: Date): string {
  const sameDay = moscowDay(date) === moscowDay(now);
  const withinWeek = date.getTime() - now.getTime() < 6 * DAY_MS;
  const format = formatter(locale, {
    timeZone: MOSCOW,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(sameDay ? {} : { weekday: 'short' }),
    ...(sameDay || withinWeek ? {} : { day: '2-digit', month: '2-digit' }),
  });
  return format.format(date);
}

/** A full Moscow date and time, e.g. for tooltips: "16.02.2026, 09:20". */
export function formatMoscowFull(date: Date, locale: string): string {
  return formatter(locale, {
    timeZone: MOSCOW,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}
