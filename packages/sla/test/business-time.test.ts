import { describe, expect, it } from 'vitest';
import { ALWAYS_OPEN, ProductionCalendar, businessHours, formatMoscow, scheduleFor } from '../src/index.js';
import { calendar, msk, shortDayCalendar } from './helpers.js';

const basic = businessHours(calendar);

describe('LVL-2: service schedules', () => {
  it('LVL-2: BASIC is business hours, EXTENDED is always open', () => {
    expect(scheduleFor('BASIC', calendar).kind).toBe('BUSINESS_HOURS');
    expect(scheduleFor('EXTENDED', calendar)).toBe(ALWAYS_OPEN);
  });

  it.each([
    ['2026-02-12T09:00', true],
    ['2026-02-12T08:59:59.999', false],
    ['2026-02-12T17:59:59.999', true],
    ['2026-02-12T18:00', false],
    ['2026-02-14T12:00', false], // Saturday
    ['2026-02-23T12:00', false], // holiday
    ['2026-03-09T12:00', false], // transferred day off
    ['2025-11-01T12:00', true], // working Saturday
    ['2025-12-31T12:00', false],
  ])('LVL-2: BASIC at %s MSK is open: %s', (time, open) => {
    expect(basic.isOpen(msk(time))).toBe(open);
    expect(ALWAYS_OPEN.isOpen(msk(time))).toBe(true);
  });

  it.each([
    ['2026-02-12T10:15', '2026-02-12T10:15:00+03:00'],
    ['2026-02-12T09:00', '2026-02-12T09:00:00+03:00'],
    ['2026-02-12T06:00', '2026-02-12T09:00:00+03:00'],
    ['2026-02-12T18:00', '2026-02-13T09:00:00+03:00'],
    ['2026-02-13T18:00', '2026-02-16T09:00:00+03:00'],
    ['2026-03-06T18:00', '2026-03-10T09:00:00+03:00'],
    ['2025-12-30T18:00', '2026-01-12T09:00:00+03:00'],
  ])('SLA-4: next opening after %s MSK is %s', (time, expected) => {
    expect(formatMoscow(basic.nextOpening(msk(time)))).toBe(expected);
  });

  it('SLA-4: addServiceTime of 0 is the next opening', () => {
    expect(formatMoscow(basic.addServiceTime(msk('2026-02-13T18:00'), 0))).toBe('2026-02-16T09:00:00+03:00');
    expect(formatMoscow(basic.addServiceTime(msk('2026-02-13T12:00'), 0))).toBe('2026-02-13T12:00:00+03:00');
    expect(ALWAYS_OPEN.addServiceTime(msk('2026-02-14T03:00'), 0)).toEqual(msk('2026-02-14T03:00'));
  });

  it('SLA-4: a positive duration ending exactly at closing stays at 18:00, it does not roll over', () => {
    expect(formatMoscow(basic.addServiceTime(msk('2026-02-12T09:00'), 9 * 3600))).toBe('2026-02-12T18:00:00+03:00');
    expect(formatMoscow(basic.addServiceTime(msk('2026-02-12T09:00'), 9 * 3600 + 1))).toBe('2026-02-13T09:00:01+03:00');
  });

  it.each([
    ['2026-02-13T17:00', '2026-02-16T10:00', 7200],
    ['2026-02-12T08:00', '2026-02-12T20:00', 9 * 3600],
    ['2026-02-12T12:00', '2026-02-12T12:00', 0],
    ['2026-02-12T13:00', '2026-02-12T12:00', 0],
    ['2025-12-30T17:45', '2026-01-12T09:45', 3600],
    ['2026-02-14T00:00', '2026-02-15T23:59', 0],
    ['2026-02-12T17:59:59.500', '2026-02-13T09:00:00.250', 0.75],
  ])('SLA-4: service seconds from %s to %s MSK are %d', (from, to, seconds) => {
    expect(basic.serviceSecondsBetween(msk(from), msk(to))).toBe(seconds);
  });

  it('LVL-2: EXTENDED counts wall-clock time, 0 when reversed', () => {
    expect(ALWAYS_OPEN.serviceSecondsBetween(msk('2026-02-13T17:00'), msk('2026-02-16T10:00'))).toBe(65 * 3600);
    expect(ALWAYS_OPEN.serviceSecondsBetween(msk('2026-02-16T10:00'), msk('2026-02-13T17:00'))).toBe(0);
  });

  it('LVL-2: custom service hours are honoured and validated', () => {
    const tenToSeven = businessHours(calendar, { opensAtMinute: 600, closesAtMinute: 1140 });
    expect(tenToSeven.isOpen(msk('2026-02-12T09:30'))).toBe(false);
    expect(tenToSeven.isOpen(msk('2026-02-12T18:30'))).toBe(true);
    expect(() => businessHours(calendar, { opensAtMinute: 1080, closesAtMinute: 540 })).toThrow(RangeError);
    expect(() => businessHours(calendar, { opensAtMinute: 0, closesAtMinute: 1441 })).toThrow(RangeError);
  });

  it('rejects negative or non-finite durations and invalid instants', () => {
    expect(() => basic.addServiceTime(msk('2026-02-12T09:00'), -1)).toThrow(RangeError);
    expect(() => basic.addServiceTime(msk('2026-02-12T09:00'), Number.NaN)).toThrow(RangeError);
    expect(() => ALWAYS_OPEN.addServiceTime(msk('2026-02-12T09:00'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => basic.isOpen(new Date('garbage'))).toThrow(RangeError);
  });

  it('SLA-5: a calendar without any working day fails loudly instead of looping', () => {
    const overrides = Array.from({ length: 4000 }, (_, i) => ({
      date: new Date(Date.UTC(2030, 0, 1 + i)).toISOString().slice(0, 10),
      working: false,
    }));
    const closed = businessHours(new ProductionCalendar({ overrides }));
    expect(() => closed.nextOpening(msk('2030-01-01T10:00'))).toThrow(RangeError);
  });
});

describe('SLA-5 (art. 95): short days close at 17:00 only when enabled', () => {
  const short = businessHours(shortDayCalendar);

  it('SLA-5: 2026-04-30 closes at 17:00 with the setting, 18:00 without', () => {
    expect(short.isOpen(msk('2026-04-30T16:59:59'))).toBe(true);
    expect(short.isOpen(msk('2026-04-30T17:00'))).toBe(false);
    expect(basic.isOpen(msk('2026-04-30T17:00'))).toBe(true);
    expect(short.isOpen(msk('2026-02-20T17:30'))).toBe(true);
  });

  it('SLA-5: service time on a short day stops at 17:00', () => {
    expect(formatMoscow(short.addServiceTime(msk('2026-04-30T16:30'), 3600))).toBe('2026-05-04T09:30:00+03:00');
    expect(formatMoscow(basic.addServiceTime(msk('2026-04-30T16:30'), 3600))).toBe('2026-04-30T17:30:00+03:00');
    expect(formatMoscow(short.addServiceTime(msk('2026-04-30T16:00'), 3600))).toBe('2026-04-30T17:00:00+03:00');
    expect(short.serviceSecondsBetween(msk('2026-04-30T00:00'), msk('2026-05-01T00:00'))).toBe(8 * 3600);
  });
});

describe('SLA-4: performance — whole days are skipped', () => {
  it('SLA-4: spanning a year costs well under 1 ms per call', () => {
    const start = msk('2025-03-03T12:00');
    const yearOfService = 247 * 9 * 3600;
    basic.addServiceTime(start, yearOfService); // builds the per-year day tables once
    const rounds = 500;
    const began = Date.now();
    for (let i = 0; i < rounds; i += 1) {
      const end = basic.addServiceTime(start, yearOfService);
      basic.serviceSecondsBetween(start, end);
    }
    const perCallMs = (Date.now() - began) / (rounds * 2);
    expect(perCallMs).toBeLessThan(0.5);
  });
});
