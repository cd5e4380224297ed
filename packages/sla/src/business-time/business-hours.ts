import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { instantMs, moscowDayNumber, moscowDayStartMs } from '../moscow-time.js';
import { durationMs, type ServiceSchedule } from './schedule.js';

export interface ServiceHours {
  /** Minutes after Moscow midnight. */
  opensAtMinute: number;
  closesAtMinute: number;
}

/** One or several service periods a day, in order and apart (e.g. 09:00–13:00 and 14:00–18:00). */
export type ServicePeriods = readonly ServiceHours[];

/** LVL-2: BASIC support works 09:00–18:00 Moscow time. */
export const DEFAULT_SERVICE_HOURS: Readonly<ServiceHours> = Object.freeze({ opensAtMinute: 540, closesAtMinute: 1080 });

/** Art. 95: the working day before a holiday is one hour shorter. */
const SHORTENING_MS = 3_600_000;

/** More consecutive closed days than any real calendar has; past it the data is broken. */
const MAX_CLOSED_DAYS = 3660;

/** Throws unless the periods are whole minutes within the day, each non-empty, in order and not touching. */
export function checkServicePeriods(periods: ServicePeriods): void {
  if (periods.length === 0) throw new RangeError('Service hours need at least one period a day');
  let previousClose = -1;
  for (const { opensAtMinute, closesAtMinute } of periods) {
    if (
      !Number.isInteger(opensAtMinute) ||
      !Number.isInteger(closesAtMinute) ||
      opensAtMinute < 0 ||
      closesAtMinute > 1440 ||
      opensAtMinute >= closesAtMinute
    ) {
      throw new RangeError(`Service hours must satisfy 0 <= opens < closes <= 1440 minutes, got ${opensAtMinute}..${closesAtMinute}`);
    }
    if (opensAtMinute <= previousClose) throw new RangeError('Service periods must be in order and apart (a break between them)');
    previousClose = closesAtMinute;
  }
}

/**
 * BASIC support (LVL-2, SLA-4, SLA-5): working days of the calendar, within
 * the service hours — one period a day or several (a lunch break). On an
 * art. 95 shortened day service ends an hour before the last closing.
 */
export function businessHours(calendar: ProductionCalendar, hours: ServiceHours | ServicePeriods = DEFAULT_SERVICE_HOURS): ServiceSchedule {
  return new BusinessHoursSchedule(calendar, windowsOfDay(isPeriods(hours) ? hours : [hours]));
}

/** Every day of the week alike, no calendar and no shortened days: what a 7-day service (EXTENDED, say 08:00–22:00) is. */
const EVERY_DAY: ServiceDays = { isWorkingDayNumber: () => true, isShortenedDayNumber: () => false };

/**
 * EXTENDED support with service hours other than 24×7 (LVL-2 as data): the
 * same periods every day, weekends and holidays included — the level is bought
 * for its seven days a week, only the hours of the day are narrowed.
 */
export function dailyHours(periods: ServicePeriods): ServiceSchedule {
  return new BusinessHoursSchedule(EVERY_DAY, windowsOfDay(periods));
}

function windowsOfDay(periods: ServicePeriods): (readonly [number, number])[] {
  checkServicePeriods(periods);
  return periods.map((p) => [p.opensAtMinute * 60_000, p.closesAtMinute * 60_000] as const);
}

/** The two questions the schedule asks of a day (the production calendar answers them for BASIC). */
type ServiceDays = Pick<ProductionCalendar, 'isWorkingDayNumber' | 'isShortenedDayNumber'>;

function isPeriods(hours: ServiceHours | ServicePeriods): hours is ServicePeriods {
  return Array.isArray(hours);
}

/**
 * Everything walks whole Moscow days: one calendar lookup per day and a little interval
 * arithmetic, so a year of service time costs a few hundred array reads, never per-minute steps.
 */
class BusinessHoursSchedule implements ServiceSchedule {
  readonly kind = 'BUSINESS_HOURS' as const;
  readonly #calendar: ServiceDays;
  /** [opens, closes) in ms after Moscow midnight, in order. */
  readonly #periods: readonly (readonly [number, number])[];

  constructor(calendar: ServiceDays, periods: readonly (readonly [number, number])[]) {
    this.#calendar = calendar;
    this.#periods = periods;
  }

  isOpen(at: Date): boolean {
    const t = instantMs(at);
    return this.#windowsOf(moscowDayNumber(t)).some(([open, close]) => t >= open && t < close);
  }

  nextOpening(at: Date): Date {
    const t = instantMs(at);
    let closed = 0;
    for (let day = moscowDayNumber(t); ; day += 1) {
      const windows = this.#windowsOf(day);
      if (windows.length === 0) this.#guard(++closed);
      for (const [open, close] of windows) if (close > t) return new Date(Math.max(t, open));
    }
  }

  addServiceTime(start: Date, seconds: number): Date {
    const t = instantMs(start);
    let remaining = durationMs(seconds);
    if (remaining === 0) return this.nextOpening(start);
    let closed = 0;
    for (let day = moscowDayNumber(t); ; day += 1) {
      const windows = this.#windowsOf(day);
      if (windows.length === 0) {
        this.#guard(++closed);
        continue;
      }
      closed = 0;
      for (const [open, close] of windows) {
        if (close <= t) continue;
        const from = Math.max(t, open);
        // `<=` lets a deadline land exactly on closing time instead of rolling to the next period.
        if (remaining <= close - from) return new Date(from + remaining);
        remaining -= close - from;
      }
    }
  }

  serviceSecondsBetween(from: Date, to: Date): number {
    const start = instantMs(from);
    const end = instantMs(to);
    if (end <= start) return 0;
    let totalMs = 0;
    const lastDay = moscowDayNumber(end);
    for (let day = moscowDayNumber(start); day <= lastDay; day += 1) {
      for (const [open, close] of this.#windowsOf(day)) {
        const overlap = Math.min(end, close) - Math.max(start, open);
        if (overlap > 0) totalMs += overlap;
      }
    }
    return totalMs / 1000;
  }

  /** The day's service windows as instants; none on a day off. Art. 95 ends service an hour before the last closing. */
  #windowsOf(day: number): (readonly [number, number])[] {
    if (!this.#calendar.isWorkingDayNumber(day)) return [];
    const midnight = moscowDayStartMs(day);
    const last = this.#periods[this.#periods.length - 1]![1];
    const end = this.#calendar.isShortenedDayNumber(day) ? last - SHORTENING_MS : last;
    const windows: (readonly [number, number])[] = [];
    for (const [open, close] of this.#periods) {
      const until = Math.min(close, end);
      if (until > open) windows.push([midnight + open, midnight + until]);
    }
    return windows;
  }

  #guard(closedDays: number): void {
    if (closedDays > MAX_CLOSED_DAYS) {
      throw new RangeError(`The calendar has no service window for ${MAX_CLOSED_DAYS} consecutive days`);
    }
  }
}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "09:30" → 570 minutes after Moscow midnight ("24:00" is the day's end); throws a RangeError otherwise. */
export function parseTimeOfDay(text: string): number {
  const v = text.trim();
  if (!HH_MM.test(v)) throw new RangeError(`"${v}" is not a time of day HH:MM`);
  return Number(v.slice(0, 2)) * 60 + Number(v.slice(3, 5));
}

/** 570 → "09:30". */
export function formatTimeOfDay(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** "09:00-13:00,14:00-18:00" → periods; throws a RangeError naming what is wrong. */
export function parseServicePeriods(text: string): ServicePeriods {
  const periods = text.split(',').map((part) => {
    const [opens, closes, ...rest] = part.split('-');
    if (opens === undefined || closes === undefined || rest.length > 0) throw new RangeError(`"${part.trim()}" is not a period HH:MM-HH:MM`);
    return { opensAtMinute: parseTimeOfDay(opens), closesAtMinute: parseTimeOfDay(closes) };
  });
  checkServicePeriods(periods);
  return periods;
}

/** Periods → "09:00-13:00,14:00-18:00", the form tickets store their terms in. */
export function formatServicePeriods(periods: ServicePeriods): string {
  return periods.map((p) => `${formatTimeOfDay(p.opensAtMinute)}-${formatTimeOfDay(p.closesAtMinute)}`).join(',');
}
