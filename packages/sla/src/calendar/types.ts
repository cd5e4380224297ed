import type { IsoDate } from '../types.js';

/**
 * HOLIDAY: a non-working public holiday of Labor Code art. 112 (even when it falls on a weekend).
 * TRANSFERRED_DAY_OFF: a weekday made a day off by art. 112 transfer rules or a Government decree.
 */
export type DayKind = 'WORKING' | 'WEEKEND' | 'HOLIDAY' | 'TRANSFERRED_DAY_OFF';

/** An admin's (or an imported iCalendar's) statement about one day; it wins over every rule. */
export interface CalendarDayOverride {
  date: IsoDate;
  working: boolean;
  /** Forces the art. 95 shortened day on (true) or off (false) regardless of the setting. */
  shortened?: boolean;
  note?: string;
}

export interface CalendarOptions {
  overrides?: readonly CalendarDayOverride[];
  /** SLA-5, art. 95: close one hour early on the working day before a holiday. Off by default. */
  preHolidayShortDays?: boolean;
}
