import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  businessHours,
  formatMoscow,
  formatServicePeriods,
  instantAt,
  moscowDateOf,
  parseServicePeriods,
  responseDeadline,
} from '../src/index.js';
import { calendar, shortDayCalendar } from './helpers.js';
import { instant, periods } from './arbitraries.js';

const cal = fc.constantFrom(calendar, shortDayCalendar);
const RUNS = { numRuns: 400 };
const seconds = fc.integer({ min: 1, max: 10 * 86_400 });

describe('LVL-2, SLA-4: service hours of several periods a day', () => {
  it('SLA-4: the example of the brief — 09:00–13:00 and 14:00–18:00, a 1-hour response from 12:30 is due 14:30', () => {
    const split = businessHours(calendar, parseServicePeriods('09:00-13:00,14:00-18:00'));
    expect(formatMoscow(split.addServiceTime(new Date('2026-03-04T12:30:00+03:00'), 3600))).toBe('2026-03-04T14:30:00+03:00');
    expect(split.isOpen(new Date('2026-03-04T13:30:00+03:00'))).toBe(false);
    expect(formatMoscow(split.nextOpening(new Date('2026-03-04T13:30:00+03:00')))).toBe('2026-03-04T14:00:00+03:00');
    expect(split.serviceSecondsBetween(new Date('2026-03-04T08:00:00+03:00'), new Date('2026-03-04T19:00:00+03:00'))).toBe(8 * 3600);
    // Friday 17:50 CRITICAL (30 min) → Monday 09:20, as SLA-4's example, with the lunch break too.
    expect(formatMoscow(responseDeadline(calendar, 'BASIC', 'CRITICAL', new Date('2026-02-13T17:50:00+03:00'), parseServicePeriods('09:00-13:00,14:00-18:00')))).toBe(
      '2026-02-16T09:20:00+03:00',
    );
  });

  it('art. 95: on a shortened day service ends an hour before the last closing', () => {
    const split = businessHours(shortDayCalendar, parseServicePeriods('09:00-13:00,14:00-18:00'));
    const shortDay = [...Array(400).keys()]
      .map((i) => new Date(Date.parse('2026-01-01T12:00:00+03:00') + i * 86_400_000))
      .map((d) => moscowDateOf(d))
      .find((day) => shortDayCalendar.isShortened(day))!;
    expect(split.isOpen(instantAt(shortDay, 16 * 60 + 59))).toBe(true);
    expect(split.isOpen(instantAt(shortDay, 17 * 60))).toBe(false);
    expect(split.serviceSecondsBetween(instantAt(shortDay, 0), instantAt(shortDay, 1439))).toBe(7 * 3600);
  });

  it('the periods read and write as "HH:MM-HH:MM,…"; overlapping, touching or empty ones are refused', () => {
    expect(formatServicePeriods(parseServicePeriods(' 09:00-13:00 , 14:00-18:00'))).toBe('09:00-13:00,14:00-18:00');
    expect(formatServicePeriods(parseServicePeriods('00:00-24:00'))).toBe('00:00-24:00');
    for (const bad of ['', '09:00', '09:00-13:00,12:00-18:00', '09:00-13:00,13:00-18:00', '18:00-09:00', '9:00-18:00', '09:00-25:00', '09:00-13:00-14:00']) {
      expect(() => parseServicePeriods(bad), bad).toThrow(RangeError);
    }
  });

  it('SLA-4: serviceSecondsBetween inverts addServiceTime for any periods', () => {
    fc.assert(
      fc.property(cal, periods, instant, seconds, (c, ps, at, s) => {
        const schedule = businessHours(c, ps);
        const due = schedule.addServiceTime(at, s);
        expect(due.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(schedule.serviceSecondsBetween(at, due)).toBeCloseTo(s, 3);
      }),
      RUNS,
    );
  });

  it('SLA-4: a deadline lies inside a period (or at its closing), never in a break or before the opening', () => {
    fc.assert(
      fc.property(cal, periods, instant, seconds, (c, ps, at, s) => {
        const schedule = businessHours(c, ps);
        const due = schedule.addServiceTime(at, s);
        const justBefore = new Date(due.getTime() - 1);
        expect(schedule.isOpen(justBefore)).toBe(true);
      }),
      RUNS,
    );
  });

  it('SLA-4: adding service time composes: add(a, x + y) = add(add(a, x), y)', () => {
    fc.assert(
      fc.property(cal, periods, instant, seconds, seconds, (c, ps, at, x, y) => {
        const schedule = businessHours(c, ps);
        expect(schedule.addServiceTime(at, x + y).getTime()).toBe(schedule.addServiceTime(schedule.addServiceTime(at, x), y).getTime());
      }),
      RUNS,
    );
  });

  it('LVL-2: nextOpening is open and nothing between the instant and it is', () => {
    fc.assert(
      fc.property(cal, periods, instant, (c, ps, at) => {
        const schedule = businessHours(c, ps);
        const opening = schedule.nextOpening(at);
        expect(opening.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(schedule.isOpen(opening)).toBe(true);
        expect(schedule.serviceSecondsBetween(at, opening)).toBe(0);
      }),
      RUNS,
    );
  });

  it('LVL-2: one period a day behaves exactly as the single-period schedule', () => {
    fc.assert(
      fc.property(cal, instant, seconds, (c, at, s) => {
        const single = businessHours(c, { opensAtMinute: 540, closesAtMinute: 1080 });
        const listed = businessHours(c, parseServicePeriods('09:00-18:00'));
        expect(listed.addServiceTime(at, s).getTime()).toBe(single.addServiceTime(at, s).getTime());
      }),
      RUNS,
    );
  });
});
