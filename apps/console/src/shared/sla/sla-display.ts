import { parseServicePeriods, ProductionCalendar, scheduleFor, slaStateAt, type CalendarDayOverride, type ServicePeriods, type SlaState, type SupportLevel } from '@desk/sla';

/** The shipped production calendar (SLA-5: the decree years and the art. 112 rules), without admin overrides. */
export const defaultCalendar = new ProductionCalendar();

/** What Ticket.sla says of the calendar the ticket's clock runs on (#13). */
export interface SlaCalendarDefinition {
  serviceHours: {
    /** The service periods the ticket was registered under (LVL-2), "09:00-13:00,14:00-18:00"; null: 24×7 or the agreement's default. */
    periods?: string | null;
    preHolidayShortDays: boolean;
    calendarOverrides: readonly CalendarDayOverride[];
  };
}

const periodsCache = new Map<string, ServicePeriods>();

/** The ticket's own service periods, as the server counts its clock in them. */
export function periodsOf(sla: SlaCalendarDefinition | null | undefined): ServicePeriods | null {
  const text = sla?.serviceHours.periods;
  if (!text) return null;
  let periods = periodsCache.get(text);
  if (!periods) {
    periods = parseServicePeriods(text);
    periodsCache.set(text, periods);
  }
  return periods;
}

const calendars = new Map<string, ProductionCalendar>();

/**
 * The server's calendar for a ticket: the shipped one with the admin's
 * overrides and the art. 95 setting Ticket.sla names. Most tickets cross no
 * override, so a handful of calendars serve every row of a page.
 */
export function calendarOf(sla: SlaCalendarDefinition | null | undefined): ProductionCalendar {
  if (!sla) return defaultCalendar;
  const { preHolidayShortDays, calendarOverrides } = sla.serviceHours;
  if (!preHolidayShortDays && calendarOverrides.length === 0) return defaultCalendar;
  const key = JSON.stringify([preHolidayShortDays, calendarOverrides.map((o) => [o.date, o.working, o.shortened ?? false])]);
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new ProductionCalendar({
      preHolidayShortDays,
      overrides: calendarOverrides.map((o) => ({ date: o.date, working: o.working, shortened: o.shortened ?? false })),
    });
    calendars.set(key, calendar);
  }
  return calendar;
}

export interface SlaTicket {
  supportLevel: SupportLevel;
  receivedAt: string;
  responseDueAt: string;
  /** Server-computed SLA-7 threshold; honours the server's configured share. */
  atRiskAt?: string | null;
  respondedAt: string | null;
  /** Ticket.sla: the calendar the server counts this ticket on; the shipped one when absent. */
  sla?: SlaCalendarDefinition | null;
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
 * SLA-4/SLA-7 state of a ticket at `now` (the server's clock), counted in the
 * business time of its level on the server's calendar: a BASIC ticket at
 * night is paused, not running down.
 */
export function slaDisplayAt(ticket: SlaTicket, now: Date, calendar: ProductionCalendar = calendarOf(ticket.sla)): SlaDisplay {
  const schedule = scheduleFor(ticket.supportLevel, calendar, periodsOf(ticket.sla));
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
