import type { IsoDate } from './types.js';

/**
 * Calendar arithmetic on "day numbers" (days since 1970-01-01, proleptic Gregorian).
 * Hot loops in the calendar and business-time code work on these integers so that
 * spanning a year never parses or formats a string per day.
 */

export const MS_PER_DAY = 86_400_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumberOfYmd(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Parses and validates an IsoDate; a date that does not exist (2026-02-30) is rejected, not rolled over. */
export function dayNumberOf(date: IsoDate): number {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!match) throw new RangeError(`Expected an ISO date 'YYYY-MM-DD', got ${JSON.stringify(date)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const dayNumber = dayNumberOfYmd(year, month, day);
  const back = new Date(dayNumber * MS_PER_DAY);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`No such calendar day: ${date}`);
  }
  return dayNumber;
}

export function isoDateOf(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

export function monthDayOf(dayNumber: number): { month: number; day: number } {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday === 0 || weekday === 6;
}

export function firstDayOfYear(year: number): number {
  return dayNumberOfYmd(year, 1, 1);
}

export function daysInYear(year: number): number {
  return firstDayOfYear(year + 1) - firstDayOfYear(year);
}
