import { describe, expect, it } from 'vitest';
import {
  MOSCOW_OFFSET_MINUTES,
  addDays,
  dayOfWeek,
  formatMoscow,
  instantAt,
  moscowDateOf,
  moscowMinuteOfDay,
  moscowWallClock,
  parseMoscowWallClock,
} from '../src/index.js';
import { msk } from './helpers.js';

describe('LVL-2: Moscow time is fixed UTC+03:00', () => {
  it('LVL-2: the offset is 180 minutes', () => {
    expect(MOSCOW_OFFSET_MINUTES).toBe(180);
  });

  it.each([
    ['2026-03-06T20:59:59.999Z', '2026-03-06', 1439],
    ['2026-03-06T21:00:00Z', '2026-03-07', 0],
    ['2026-03-06T06:00:00Z', '2026-03-06', 540],
    ['2026-07-01T06:00:00Z', '2026-07-01', 540], // summer: no DST since 2014
    ['2026-03-06T17:50:00+05:00', '2026-03-06', 950],
  ])('LVL-2: %s is Moscow day %s, minute %i', (input, date, minute) => {
    expect(moscowDateOf(new Date(input))).toBe(date);
    expect(moscowMinuteOfDay(new Date(input))).toBe(minute);
  });

  it('LVL-2: instantAt builds a Moscow wall-clock instant; 1440 is the following midnight', () => {
    expect(instantAt('2026-03-06', 560).toISOString()).toBe('2026-03-06T06:20:00.000Z');
    expect(instantAt('2026-03-06', 1440).toISOString()).toBe('2026-03-06T21:00:00.000Z');
    expect(() => instantAt('2026-03-06', 1441)).toThrow(RangeError);
    expect(() => instantAt('2026-02-30', 0)).toThrow(RangeError);
    expect(() => instantAt('2026-3-6', 0)).toThrow(RangeError);
  });

  it('LVL-2: addDays and dayOfWeek work on Moscow calendar days', () => {
    expect(addDays('2025-12-30', 3)).toBe('2026-01-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(dayOfWeek('2026-03-06')).toBe(5);
    expect(dayOfWeek('2026-03-08')).toBe(0);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });

  it('LVL-2: formatMoscow prints +03:00 and keeps milliseconds only when present', () => {
    expect(formatMoscow(new Date('2026-03-06T06:20:00Z'))).toBe('2026-03-06T09:20:00+03:00');
    expect(formatMoscow(new Date('2026-03-06T21:30:00.250Z'))).toBe('2026-03-07T00:30:00.250+03:00');
    expect(formatMoscow(msk('2026-01-12T09:45'))).toBe('2026-01-12T09:45:00+03:00');
  });

  it('LVL-2: a datetime-local value is a Moscow wall clock, whatever the host zone', () => {
    expect(moscowWallClock(new Date('2026-02-16T07:05:30.250Z'))).toBe('2026-02-16T10:05:30');
    expect(moscowWallClock(new Date('2026-02-16T21:00:00Z'))).toBe('2026-02-17T00:00:00');
    expect(parseMoscowWallClock('2026-02-16T10:05:30')?.toISOString()).toBe('2026-02-16T07:05:30.000Z');
    expect(parseMoscowWallClock(' 2026-02-16T00:10 ')?.toISOString()).toBe('2026-02-15T21:10:00.000Z');
  });

  it('LVL-2: text that is not a wall clock parses to null', () => {
    for (const text of ['', '16.02.2026 10:05', '2026-02-16', '2026-02-16T10']) expect(parseMoscowWallClock(text)).toBeNull();
  });

  it('rejects invalid instants instead of producing "NaN" dates', () => {
    expect(() => moscowDateOf(new Date('nope'))).toThrow(RangeError);
    expect(() => formatMoscow(new Date(Number.NaN))).toThrow(RangeError);
  });
});
