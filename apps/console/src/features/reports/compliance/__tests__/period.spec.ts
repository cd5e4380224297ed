import { describe, expect, it } from 'vitest';
import { apiRange, defaultGranularity, isValidPeriod, presetPeriod } from '../period';

// 00:30 on 1 December in Moscow is still 30 November in UTC: periods follow Moscow days.
const now = new Date('2026-11-30T21:30:00Z');

describe('report periods (Moscow days)', () => {
  it('presets end today in Moscow', () => {
    expect(presetPeriod('last7', now)).toEqual({ fromDate: '2026-11-25', toDate: '2026-12-01' });
    expect(presetPeriod('thisMonth', now)).toEqual({ fromDate: '2026-12-01', toDate: '2026-12-01' });
    expect(presetPeriod('lastMonth', now)).toEqual({ fromDate: '2026-11-01', toDate: '2026-11-30' });
    expect(presetPeriod('thisYear', now)).toEqual({ fromDate: '2026-01-01', toDate: '2026-12-01' });
  });

  it('slaCompliance gets [Moscow midnight of the first day, Moscow midnight after the last day)', () => {
    expect(apiRange({ fromDate: '2026-11-01', toDate: '2026-11-30' })).toEqual({
      from: '2026-10-31T21:00:00.000Z',
      to: '2026-11-30T21:00:00.000Z',
    });
  });

  it('rejects a period that ends before it starts; weeks up to a quarter, months beyond', () => {
    expect(isValidPeriod({ fromDate: '2026-11-02', toDate: '2026-11-01' })).toBe(false);
    expect(isValidPeriod({ fromDate: '', toDate: '2026-11-01' })).toBe(false);
    expect(defaultGranularity({ fromDate: '2026-09-01', toDate: '2026-11-30' })).toBe('WEEK');
    expect(defaultGranularity({ fromDate: '2026-01-01', toDate: '2026-11-30' })).toBe('MONTH');
  });
});
