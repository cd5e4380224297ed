import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyHours, formatMoscow, parseServicePeriods, responseDeadline, scheduleFor } from '../src/index.js';
import { instant, periods } from './arbitraries.js';
import { calendar, msk } from './helpers.js';

const RUNS = { numRuns: 300 };
const seconds = fc.integer({ min: 1, max: 10 * 86_400 });

describe('LVL-2 as data: EXTENDED with service hours other than 24×7', () => {
  it('LVL-2: EXTENDED 08:00–22:00 runs every day, weekends and holidays included', () => {
    const vendor = scheduleFor('EXTENDED', calendar, parseServicePeriods('08:00-22:00'));
    // Saturday 21:50, CRITICAL EXTENDED (20 min, SLA-1) → Sunday 08:10.
    expect(formatMoscow(vendor.addServiceTime(msk('2026-03-07T21:50'), 20 * 60))).toBe('2026-03-08T08:10:00+03:00');
    // 1 January is a holiday; the EXTENDED day is still open.
    expect(vendor.isOpen(msk('2026-01-01T12:00'))).toBe(true);
    expect(vendor.isOpen(msk('2026-01-01T23:00'))).toBe(false);
    expect(formatMoscow(responseDeadline(calendar, 'EXTENDED', 'NON_CRITICAL', msk('2026-03-07T23:00'), parseServicePeriods('08:00-22:00')))).toBe(
      '2026-03-08T08:45:00+03:00',
    );
  });

  it('LVL-2: EXTENDED without hours stays 24×7', () => {
    expect(scheduleFor('EXTENDED', calendar, null).kind).toBe('ALWAYS');
  });

  it('LVL-2: daily hours of several periods: serviceSecondsBetween inverts addServiceTime', () => {
    fc.assert(
      fc.property(periods, instant, seconds, (ps, at, s) => {
        const schedule = dailyHours(ps);
        const due = schedule.addServiceTime(at, s);
        expect(schedule.isOpen(new Date(due.getTime() - 1))).toBe(true);
        expect(schedule.serviceSecondsBetween(at, due)).toBeCloseTo(s, 3);
      }),
      RUNS,
    );
  });

  it('LVL-2: a whole day of daily hours is the sum of its periods, whatever the day of the week', () => {
    fc.assert(
      fc.property(periods, fc.integer({ min: 0, max: 700 }), (ps, dayIndex) => {
        const midnight = new Date(Date.parse('2026-01-01T00:00:00+03:00') + dayIndex * 86_400_000);
        const next = new Date(midnight.getTime() + 86_400_000);
        const perDay = ps.reduce((sum, p) => sum + (p.closesAtMinute - p.opensAtMinute) * 60, 0);
        expect(dailyHours(ps).serviceSecondsBetween(midnight, next)).toBe(perDay);
      }),
      RUNS,
    );
  });
});
