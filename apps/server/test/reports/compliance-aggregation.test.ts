import { describe, expect, it } from 'vitest';
import { aggregateCompliance, inCell, weekOf, type OutcomeRow } from '../../src/modules/reports/compliance.js';

let ticketId = 0;
const row = (at: string, over: Partial<OutcomeRow> = {}): OutcomeRow => ({
  ticketId: ++ticketId,
  receivedAt: new Date(at),
  supportLevel: 'BASIC',
  criticality: 'CRITICAL',
  agentId: 1,
  outcome: 'MET',
  ...over,
});

describe('SLA-9 compliance aggregation', () => {
  it('SLA-9: weeks start on Monday in Moscow time', () => {
    expect(weekOf(new Date('2026-03-08T20:59:00Z'))).toBe('2026-03-02'); // Sunday 23:59 MSK
    expect(weekOf(new Date('2026-03-08T21:00:00Z'))).toBe('2026-03-09'); // Monday 00:00 MSK
  });

  it('SLA-9: counts MET and BREACHED by level, criticality, agent and period', () => {
    const rows = [
      row('2026-03-02T10:00:00Z'),
      row('2026-03-03T10:00:00Z', { outcome: 'BREACHED' }),
      row('2026-03-03T10:00:00Z', { supportLevel: 'EXTENDED' }),
      row('2026-04-01T10:00:00Z', { agentId: null, outcome: 'BREACHED' }),
    ];
    expect(aggregateCompliance(rows, ['LEVEL'])).toEqual([
      { key: { LEVEL: 'BASIC' }, met: 1, breached: 2 },
      { key: { LEVEL: 'EXTENDED' }, met: 1, breached: 0 },
    ]);
    expect(aggregateCompliance(rows, ['MONTH', 'AGENT'])).toEqual([
      { key: { MONTH: '2026-03', AGENT: '1' }, met: 2, breached: 1 },
      { key: { MONTH: '2026-04', AGENT: null }, met: 0, breached: 1 },
    ]);
    expect(aggregateCompliance(rows, [])).toEqual([{ key: {}, met: 2, breached: 2 }]);
  });

  it('SLA-9 drill-down: every row falls in exactly the cell the grouping puts it in, so the cells add up to the report', () => {
    const rows = [
      row('2026-03-02T10:00:00+03:00', { supportLevel: 'EXTENDED', agentId: 1 }),
      row('2026-03-03T10:00:00+03:00', { outcome: 'BREACHED', agentId: null }),
      row('2026-03-10T10:00:00+03:00', { criticality: 'NON_CRITICAL', agentId: 2 }),
    ];
    const groups = aggregateCompliance(rows, ['LEVEL', 'AGENT', 'WEEK']);
    for (const group of groups) {
      const inIt = rows.filter((r) => inCell(r, group.key));
      expect(inIt.filter((r) => r.outcome === 'MET')).toHaveLength(group.met);
      expect(inIt.filter((r) => r.outcome === 'BREACHED')).toHaveLength(group.breached);
    }
    expect(groups.reduce((sum, g) => sum + g.met + g.breached, 0)).toBe(rows.length);
    expect(rows.filter((r) => inCell(r, { AGENT: null }))).toHaveLength(1);
    expect(rows.filter((r) => inCell(r, {}))).toHaveLength(3);
  });
});
