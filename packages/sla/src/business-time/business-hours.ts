import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { instantMs, moscowDayNumber, moscowDayStartMs } from '../moscow-time.js';
import { durationMs, type ServiceSchedule } from './schedule.js';

export interface ServiceHours {
  /** Minutes after Moscow midnight. */
  opensAtMinute: number;
  closesAtMinute: number;
}

/** LVL-2: BASIC support works 09:00–18:00 Moscow time. */
export const DEFAULT_SERVICE_HOURS: Readonly<ServiceHours> = Object.freeze({ opensAtMinute: 540, closesAtMinute: 1080 });

/** Art. 95: the working day before a holiday is one hour shorter. */
const SHORTENING_MS = 3_600_000;

/** More consecutive closed days than any real calendar has; past it the data is broken. */
const MAX_CLOSED_DAYS = 3660;

/** BASIC support (LVL-2, SLA-4, SLA-5): working days of the calendar, within the service hours. */
export function businessHours(calendar: ProductionCalendar, hours: ServiceHours = DEFAULT_SERVICE_HOURS): ServiceSchedule {
  const { opensAtMinute, closesAtMinute } = hours;
  if (
    !Number.isInteger(opensAtMinute) ||
    !Number.isInteger(closesAtMinute) ||
    opensAtMinute < 0 ||
    closesAtMinute > 1440 ||
    opensAtMinute >= closesAtMinute
  ) {
    throw new RangeError(`Service hours must satisfy 0 <= opens < closes <= 1440 minutes, got ${opensAtMinute}..${closesAtMinute}`);
  }
  return new BusinessHoursSchedule(calendar, opensAtMinute * 60_000, closesAtMinute * 60_000);
}

/**
 * Everything walks whole Moscow days: one calendar lookup per day and a little interval
 * arithmetic, so a year of service time costs a few hundred array reads, never per-minute steps.
 */
class BusinessHoursSchedule implements ServiceSchedule {
  readonly kind = 'BUSINESS_HOURS' as const;
  readonly #calendar: ProductionCalendar;
  readonly #opensMs: number;
  readonly #closesMs: number;

  constructor(calendar: ProductionCalendar, opensMs: number, closesMs: number) {
    this.#calendar = calendar;
    this.#opensMs = opensMs;
    this.#closesMs = closesMs;
  }

  isOpen(at: Date): boolean {
    const t = instantMs(at);
    const day = moscowDayNumber(t);
    const close = this.#closeOf(day);
    return close >= 0 && t >= this.#openOf(day) && t < close;
  }

  nextOpening(at: Date): Date {
    const t = instantMs(at);
    let closed = 0;
    for (let day = moscowDayNumber(t); ; day += 1) {
      const close = this.#closeOf(day);
      if (close > t) return new Date(Math.max(t, this.#openOf(day)));
      if (close < 0) this.#guard(++closed);
    }
  }

  addServiceTime(start: Date, seconds: number): Date {
    const t = instantMs(start);
    let remaining = durationMs(seconds);
    if (remaining === 0) return this.nextOpening(start);
    let closed = 0;
    for (let day = moscowDayNumber(t); ; day += 1) {
      const close = this.#closeOf(day);
      if (close < 0) {
        this.#guard(++closed);
        continue;
      }
      closed = 0;
      if (close <= t) continue;
      const from = Math.max(t, this.#openOf(day));
      // `<=` lets a deadline land exactly on closing time instead of rolling to the next morning.
      if (remaining <= close - from) return new Date(from + remaining);
      remaining -= close - from;
    }
  }

  serviceSecondsBetween(from: Date, to: Date): number {
    const start = instantMs(from);
    const end = instantMs(to);
    if (end <= start) return 0;
    let totalMs = 0;
    const lastDay = moscowDayNumber(end);
    for (let day = moscowDayNumber(start); day <= lastDay; day += 1) {
      const close = this.#closeOf(day);
      if (close < 0) continue;
      const overlap = Math.min(end, close) - Math.max(start, this.#openOf(day));
      if (overlap > 0) totalMs += overlap;
    }
    return totalMs / 1000;
  }

  #openOf(day: number): number {
    return moscowDayStartMs(day) + this.#opensMs;
  }

  /** Closing instant of the day's window, or -1 when service is closed all day. */
  #closeOf(day: number): number {
    if (!this.#calendar.isWorkingDayNumber(day)) return -1;
    const closesMs = this.#calendar.isShortenedDayNumber(day) ? this.#closesMs - SHORTENING_MS : this.#closesMs;
    return closesMs > this.#opensMs ? moscowDayStartMs(day) + closesMs : -1;
  }

  #guard(closedDays: number): void {
    if (closedDays > MAX_CLOSED_DAYS) {
      throw new RangeError(`The calendar has no service window for ${MAX_CLOSED_DAYS} consecutive days`);
    }
  }
}
