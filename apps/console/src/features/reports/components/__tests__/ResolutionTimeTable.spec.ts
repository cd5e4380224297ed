import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import ResolutionTimeTable from '../ResolutionTimeTable.vue';

const HOUR = 3600;
const row = (key: string | null, count: number, median: number, p90: number, agent: { id: string; fullName: string } | null = null) => ({
  __typename: 'ResolutionTimeRow',
  key,
  count,
  medianSeconds: median,
  p90Seconds: p90,
  totalSeconds: median * count,
  agent: agent && { __typename: 'User', ...agent },
});

function handler(operation: Operation) {
  const byAgent = operation.variables.groupBy === 'AGENT';
  const rows = byAgent
    ? [row('3', 2, 1.75 * HOUR, 1.95 * HOUR, { id: '3', fullName: 'Мария Поддержкина' }), row(null, 1, 65 * HOUR, 65 * HOUR)]
    : [row('BASIC', 2, 1.75 * HOUR, 1.95 * HOUR), row('EXTENDED', 1, 65 * HOUR, 65 * HOUR)];
  return {
    data: {
      resolutionTimes: {
        __typename: 'ResolutionTimeReport',
        groupBy: operation.variables.groupBy,
        rows,
        total: { __typename: 'ResolutionTimeRow', count: 3, medianSeconds: 2 * HOUR, p90Seconds: 52.4 * HOUR, totalSeconds: 68.5 * HOUR },
      },
    },
  };
}

describe('ResolutionTimeTable (#14)', () => {
  it('#14: median and p90 per level for the Moscow dates of the period, with the total; regrouped by agent on choice', async () => {
    const { wrapper, operations } = await mountWithApp(ResolutionTimeTable, { handler, mount: { props: { fromDate: '2026-03-01', toDate: '2026-03-31' } } });
    await flushPromises();
    expect(operations[0]?.variables).toEqual({ from: '2026-03-01', to: '2026-03-31', groupBy: 'LEVEL' });
    const cells = () => wrapper.findAll('[data-testid="resolution-row"]').map((r) => r.findAll('th, td').map((c) => c.text()));
    expect(cells()).toEqual([
      ['Основной', '2', '1 ч 45 мин', '1 ч 57 мин'],
      ['Расширенный', '1', '65 ч 00 мин', '65 ч 00 мин'],
    ]);
    expect(wrapper.get('[data-testid="resolution-total"]').text()).toContain('52 ч 24 мин');

    await wrapper.get('[data-testid="resolution-group"]').setValue('AGENT');
    await flushPromises();
    expect(operations.at(-1)?.variables).toMatchObject({ groupBy: 'AGENT' });
    expect(cells().map((c) => c[0])).toEqual(['Мария Поддержкина', 'Без исполнителя']);
  });

  it('#14: asks nothing while the period is invalid', async () => {
    const { wrapper, operations } = await mountWithApp(ResolutionTimeTable, { handler, mount: { props: { fromDate: null, toDate: null } } });
    await flushPromises();
    expect(operations).toHaveLength(0);
    expect(wrapper.text()).toContain('Нет закрытых заявок в периоде');
  });
});
