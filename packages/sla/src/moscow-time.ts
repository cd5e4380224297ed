import { MS_PER_DAY, dayNumberOf, isoDateOf, weekdayOf } from './day-number.js';
import type { IsoDate } from './types.js';

/**
 * Europe/Moscow has been a fixed UTC+03:00 with no DST since 2014-10-26 (Federal Law 248-FZ).
 * A fixed offset is therefore exact for every instant this product can see, and it keeps the
 * core free of a time-zone database (no tz library, no dependence on the host's ICU data).
 * If Russia ever changes its clocks again, this constant and its tests are the single place to edit.
 */
export const MOSCOW_OFFSET_MINUTES = 180;

const OFFSET_MS = MOSCOW_OFFSET_MINUTES * 60_000;
const MINUTES_PER_DAY = 1440;

export function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new RangeError('Expected a valid Date instant');
  return ms;
}

/** The Moscow calendar day (as a day number) containing the instant. */
export function moscowDayNumber(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / MS_PER_DAY);
}

/** The instant of Moscow midnight that starts the given day number. */
export function moscowDayStartMs(dayNumber: number): number {
  return dayNumber * MS_PER_DAY - OFFSET_MS;
}

export function moscowDateOf(instant: Date): IsoDate {
  return isoDateOf(moscowDayNumber(instantMs(instant)));
}

/** Whole minutes since Moscow midnight, 0..1439. */
export function moscowMinuteOfDay(instant: Date): number {
  const ms = instantMs(instant);
  return Math.floor((ms - moscowDayStartMs(moscowDayNumber(ms))) / 60_000);
}

/** minuteOfDay may be 1440 to name "24:00", the end of the day, which TKT-3 needs. */
export function instantAt(date: IsoDate, minuteOfDay: number): Date {
  if (!Number.isFinite(minuteOfDay) || minuteOfDay < 0 || minuteOfDay > MINUTES_PER_DAY) {
    throw new RangeError(`minuteOfDay must be within 0..1440, got ${minuteOfDay}`);
  }
  return new Date(moscowDayStartMs(dayNumberOf(date)) + Math.round(minuteOfDay * 60_000));
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays expects an integer, got ${n}`);
  return isoDateOf(dayNumberOf(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOf(dayNumberOf(date));
}

/** ISO 8601 with an explicit +03:00; milliseconds appear only when non-zero so whole-second times stay readable. */
export function formatMoscow(instant: Date): string {
  const ms = instantMs(instant);
  const shifted = new Date(ms + OFFSET_MS).toISOString();
  const fraction = ms % 1000 === 0 ? '' : shifted.slice(19, 23);
  return `${shifted.slice(0, 19)}${fraction}+03:00`;
}

/**
 * The Moscow wall clock of an instant to the second, "2026-02-16T10:05:30": what an
 * `<input type="datetime-local">` shows, whatever zone the browser is in (LVL-2).
 */
export function moscowWallClock(instant: Date): string {
  return formatMoscow(instant).slice(0, 19);
}

/**
 * The instant a Moscow wall clock "YYYY-MM-DDTHH:mm[:ss]" names (browsers drop zero
 * seconds); null when the text is not one. Like `Date`, it carries an overflowing
 * field into the next unit rather than refusing it.
 */
export function parseMoscowWallClock(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s) - OFFSET_MS;
  return Number.isNaN(ms) ? null : new Date(ms);
}
