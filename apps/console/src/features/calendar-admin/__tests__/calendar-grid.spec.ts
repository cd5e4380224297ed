import { describe, expect, it } from 'vitest';
import { monthGrids, overrideOf, stateOf, type GridDay } from '../calendar-grid';

function year(y: number): GridDay[] {
  const days: GridDay[] = [];
  for (let d = new Date(Date.UTC(y, 0, 1)); d.getUTCFullYear() === y; d = new Date(d.getTime() + 86_400_000)) {
    days.push({ date: d.toISOString().slice(0, 10), working: true, shortened: false, source: 'SHIPPED' });
  }
  return days;
}

describe('calendar page grid (SLA-5)', () => {
  it('lays 2026 out as twelve Monday-first month tables', () => {
    const grids = monthGrids(year(2026));
    expect(grids).toHaveLength(12);
    // 1 January 2026 is a Thursday: three empty cells before it.
    expect(grids[0]!.weeks[0]!.map((d) => d?.date ?? null)).toEqual([null, null, null, '2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
    // February 2026 starts on a Sunday and has 28 days: five weeks, Sunday 1st alone in the first, the last one padded.
    expect(grids[1]!.weeks).toHaveLength(5);
    expect(grids[1]!.weeks[0]!.filter(Boolean)).toHaveLength(1);
    expect(grids[1]!.weeks[4]!.filter(Boolean)).toHaveLength(6);
    for (const grid of grids) for (const week of grid.weeks) expect(week).toHaveLength(7);
    expect(grids.flatMap((g) => g.weeks.flat()).filter(Boolean)).toHaveLength(365);
  });

  it('maps the three states an admin sets onto working/shortened and back', () => {
    for (const state of ['WORKING', 'NON_WORKING', 'SHORTENED'] as const) expect(stateOf(overrideOf(state))).toBe(state);
    expect(overrideOf('SHORTENED')).toEqual({ working: true, shortened: true });
  });
});
