import { describe, expect, it } from 'vitest';
import { breakdownRows, cellOf, complianceCsvRows, groupByFor, ratePercent, type ComplianceApiRow, type Labels } from '../compliance-table';
import { CSV_RU, toCsv } from '../csv';

const labels: Labels = {
  breakdown: (b) => ({ LEVEL: 'Уровень', CRITICALITY: 'Критичность', AGENT: 'Инженер', PERIOD: 'Неделя' })[b],
  level: (l) => (l === 'BASIC' ? 'Основной' : 'Расширенный'),
  criticality: (c) => (c === 'CRITICAL' ? 'Критичная' : 'Некритичная'),
  unassigned: () => 'Без исполнителя',
  week: (monday) => `неделя с ${monday}`,
  month: (ym) => ym,
};

function row(overrides: Partial<ComplianceApiRow>): ComplianceApiRow {
  return {
    __typename: 'ComplianceRow',
    supportLevel: null,
    criticality: null,
    agent: null,
    week: null,
    month: null,
    met: 0,
    breached: 0,
    total: 0,
    complianceRate: 1,
    ...overrides,
  };
}

describe('SLA-9 compliance table', () => {
  it('asks the API for one dimension per breakdown; the period follows the chosen step', () => {
    expect(groupByFor('LEVEL', 'WEEK')).toEqual(['LEVEL']);
    expect(groupByFor('AGENT', 'MONTH')).toEqual(['AGENT']);
    expect(groupByFor('PERIOD', 'WEEK')).toEqual(['WEEK']);
    expect(groupByFor('PERIOD', 'MONTH')).toEqual(['MONTH']);
  });

  it('orders levels EXTENDED first, agents by name with the unassigned last, weeks by date', () => {
    const levels = breakdownRows('LEVEL', [row({ supportLevel: 'BASIC', met: 1, total: 1 }), row({ supportLevel: 'EXTENDED', met: 2, breached: 1, total: 3 })], labels);
    expect(levels.map((r) => r.label)).toEqual(['Расширенный', 'Основной']);
    expect(levels[0]).toMatchObject({ met: 2, breached: 1, total: 3 });
    expect(levels[0]!.rate).toBeCloseTo(2 / 3);

    const agents = breakdownRows(
      'AGENT',
      [
        row({ agent: null, breached: 2, total: 2 }),
        row({ agent: { __typename: 'User', id: '3', fullName: 'Мария Поддержкина' }, met: 1, total: 1 }),
        row({ agent: { __typename: 'User', id: '2', fullName: 'Алексей Инженеров' }, met: 4, total: 4 }),
      ],
      labels,
    );
    expect(agents.map((r) => r.label)).toEqual(['Алексей Инженеров', 'Мария Поддержкина', 'Без исполнителя']);

    const weeks = breakdownRows('PERIOD', [row({ week: '2026-11-16' }), row({ week: '2026-11-09' })], labels);
    expect(weeks.map((r) => r.key)).toEqual(['2026-11-09', '2026-11-16']);
  });

  it('has no rate for an empty group, and rounds percentages to one decimal', () => {
    expect(breakdownRows('CRITICALITY', [row({ criticality: 'CRITICAL' })], labels)[0]!.rate).toBeNull();
    expect(ratePercent(0.95549)).toBe(95.5);
    expect(ratePercent(1)).toBe(100);
    expect(ratePercent(null)).toBeNull();
  });

  it('exports the table as CSV lines: header, then one line per group', () => {
    const rows = breakdownRows('LEVEL', [row({ supportLevel: 'EXTENDED', met: 19, breached: 1, total: 20 })], labels);
    const headers = { breakdown: 'Разрез', group: 'Группа', met: 'Выполнено', breached: 'Нарушено', total: 'Всего', rate: 'Соблюдение, %' };
    const csv = toCsv(complianceCsvRows(rows, headers, labels), CSV_RU);
    expect(csv).toBe('\uFEFFРазрез;Группа;Выполнено;Нарушено;Всего;Соблюдение, %\r\nУровень;Расширенный;19;1;20;95\r\n');
  });
});

describe('SLA-9 drill-down: the cell a row stands for', () => {
  it('names the one dimension of its breakdown, the agent row with no agent as noAgent, the period by the granularity', () => {
    expect(cellOf({ breakdown: 'LEVEL', key: 'BASIC' }, 'WEEK')).toEqual({ supportLevel: 'BASIC' });
    expect(cellOf({ breakdown: 'CRITICALITY', key: 'CRITICAL' }, 'WEEK')).toEqual({ criticality: 'CRITICAL' });
    expect(cellOf({ breakdown: 'AGENT', key: '7' }, 'WEEK')).toEqual({ agentId: '7' });
    expect(cellOf({ breakdown: 'AGENT', key: '' }, 'WEEK')).toEqual({ noAgent: true });
    expect(cellOf({ breakdown: 'PERIOD', key: '2026-03-02' }, 'WEEK')).toEqual({ week: '2026-03-02' });
    expect(cellOf({ breakdown: 'PERIOD', key: '2026-03' }, 'MONTH')).toEqual({ month: '2026-03' });
  });
});
