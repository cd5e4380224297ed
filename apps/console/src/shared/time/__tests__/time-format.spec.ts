import { describe, expect, it } from 'vitest';
import { formatClock, formatMoscowFull, formatMoscowShort } from '../time-format';

const msk = (local: string) => new Date(`${local}+03:00`);

describe('formatting', () => {
  it('formats a countdown as a clock', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(59.9)).toBe('0:59');
    expect(formatClock(14 * 60 + 7)).toBe('14:07');
    expect(formatClock(3600 + 5 * 60 + 12)).toBe('1:05:12');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('LVL-2: shows Moscow wall-clock time whatever the browser zone', () => {
    const opening = msk('2026-02-16T09:00:00');
    // vitest.config.ts runs the tests in Berlin, so a browser-zone slip would show 07:00.
    expect(opening.getTimezoneOffset()).not.toBe(-180);
    expect(formatMoscowShort(opening, 'ru', msk('2026-02-16T08:00:00'))).toBe('09:00');
    expect(formatMoscowShort(opening, 'ru', msk('2026-02-13T19:00:00'))).toBe('пн 09:00');
    expect(formatMoscowShort(opening, 'en', msk('2026-02-13T19:00:00'))).toBe('Mon 09:00');
    // A week or more ahead the weekday alone is ambiguous: SLA-5's New Year holidays.
    const afterHolidays = msk('2026-01-12T09:00:00');
    expect(formatMoscowShort(afterHolidays, 'ru', msk('2025-12-30T19:00:00'))).toBe('пн, 12.01, 09:00');
    expect(formatMoscowFull(msk('2026-02-16T09:20:00'), 'ru')).toBe('16.02.2026, 09:20');
  });
});
