import { describe, expect, it } from 'vitest';
import { aggregateResolution, percentileCont, type ResolvedRow } from '../../src/modules/reports/resolution-stats.js';

const row = (resolutionSeconds: number, overrides: Partial<ResolvedRow> = {}): ResolvedRow => ({
  supportLevel: 'BASIC',
  criticality: 'NON_CRITICAL',
  category: 'INCIDENT',
  agentId: 7,
  closedAt: new Date('2026-03-31T21:30:00Z'), // 00:30 on 1 April, Moscow
  resolutionSeconds,
  ...overrides,
});

describe('#14 resolution-time statistics', () => {
  it('median and p90 interpolate between ranks as PostgreSQL percentile_cont does', () => {
    const sorted = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(percentileCont(sorted, 0.5)).toBe(55);
    expect(percentileCont(sorted, 0.9)).toBe(91);
    expect(percentileCont([42], 0.9)).toBe(42);
    expect(percentileCont([], 0.5)).toBe(0);
    expect(percentileCont([1, 2], 0.5)).toBe(2); // 1.5 rounded to whole seconds
  });

  it('groups by a dimension, sorted by key with "no agent" last; the month is the Moscow month of the close', () => {
    const rows = [row(100), row(300, { agentId: null }), row(200, { agentId: 3 }), row(400)];
    expect(aggregateResolution(rows, 'AGENT')).toEqual([
      { key: '3', count: 1, medianSeconds: 200, p90Seconds: 200, totalSeconds: 200 },
      { key: '7', count: 2, medianSeconds: 250, p90Seconds: 370, totalSeconds: 500 },
      { key: null, count: 1, medianSeconds: 300, p90Seconds: 300, totalSeconds: 300 },
    ]);
    expect(aggregateResolution(rows, 'MONTH').map((g) => g.key)).toEqual(['2026-04']);
    expect(aggregateResolution(rows, null)).toEqual([{ key: null, count: 4, medianSeconds: 250, p90Seconds: 370, totalSeconds: 1000 }]);
  });
});
