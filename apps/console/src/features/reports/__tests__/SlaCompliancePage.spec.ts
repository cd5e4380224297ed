import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp } from '@/test-support/mount-app';
import SlaCompliancePage from '../SlaCompliancePage.vue';

const lead = { __typename: 'User', id: '1', email: 'lead@demo.local', fullName: 'Ирина Руководитель', role: 'TEAM_LEAD', organization: null };

function row(overrides: Record<string, unknown>) {
  return { __typename: 'ComplianceRow', supportLevel: null, criticality: null, agent: null, week: null, month: null, met: 0, breached: 0, total: 0, complianceRate: 1, ...overrides };
}

const byDimension: Record<string, ReturnType<typeof row>[]> = {
  LEVEL: [row({ supportLevel: 'BASIC', met: 9, breached: 1, total: 10 }), row({ supportLevel: 'EXTENDED', met: 19, breached: 1, total: 20 })],
  CRITICALITY: [row({ criticality: 'CRITICAL', met: 10, breached: 2, total: 12 }), row({ criticality: 'NON_CRITICAL', met: 18, breached: 0, total: 18 })],
  AGENT: [row({ agent: { __typename: 'User', id: '3', fullName: 'Мария "Маша" Поддержкина' }, met: 28, breached: 0, total: 28 }), row({ agent: null, breached: 2, total: 2 })],
  WEEK: [row({ week: '2026-11-16', met: 28, breached: 2, total: 30 })],
  MONTH: [row({ month: '2026-11', met: 28, breached: 2, total: 30 })],
};

const deflection = [
  { __typename: 'SelfServiceDeflectionRow', productId: '1', productName: 'Dallas Lock 8.0', period: '2026-11', resolvedWithoutTicket: 3, ticketsRegistered: 9, deflectionRate: 0.25 },
];

const satisfaction = [
  { __typename: 'SatisfactionReportRow', key: '2', label: 'Алексей Инженеров', ratings: 4, average: 4.25, distribution: [0, 0, 1, 1, 2] },
  { __typename: 'SatisfactionReportRow', key: 'none', label: '—', ratings: 1, average: 3, distribution: [0, 0, 1, 0, 0] },
];

function handler(operation: Operation) {
  if (operation.operationName === 'SelfServiceDeflection') return { data: { selfServiceDeflection: deflection } };
  if (operation.operationName === 'SatisfactionReport') return { data: { satisfactionReport: satisfaction } };
  if (operation.operationName !== 'SlaCompliance') return { data: null };
  const [dimension] = operation.variables.groupBy as string[];
  return { data: { slaCompliance: byDimension[dimension!] } };
}

async function mountReport() {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', user: lead }));
  const mounted = await mountWithApp(SlaCompliancePage, {
    route: '/reports/sla',
    handler,
    mount: { global: { stubs: { ComplianceChart: { props: ['title', 'rows'], template: '<figure data-testid="compliance-chart">{{ title }}: {{ rows.length }}</figure>' } } } },
  });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

describe('SlaCompliancePage', () => {
  useFakeClock(new Date('2026-11-24T12:00:00Z'));

  it('SLA-9: asks slaCompliance by level, criticality, agent and week for the last 30 Moscow days', async () => {
    const { wrapper, operations } = await mountReport();
    const asked = operations.filter((op) => op.operationName === 'SlaCompliance');
    expect(asked.map((op) => (op.variables.groupBy as string[])[0]).sort()).toEqual(['AGENT', 'CRITICALITY', 'LEVEL', 'WEEK']);
    expect(asked[0]?.variables).toMatchObject({ from: '2026-10-25T21:00:00.000Z', to: '2026-11-24T21:00:00.000Z' });
    expect(wrapper.findAll('[data-testid="compliance-chart"]').map((c) => c.text())).toEqual([
      'По уровню обслуживания: 2',
      'По критичности: 2',
      'По инженерам: 2',
      'По неделям: 1',
    ]);
    expect(wrapper.get('[data-testid="overall-rate"]').text()).toBe('93,3 %');
    const rows = wrapper.findAll('[data-testid="compliance-row"]');
    expect(rows).toHaveLength(7);
    expect(rows[0]!.text()).toContain('Расширенный');
    expect(rows[5]!.text()).toContain('Без исполнителя');
  });

  it('switches the period axis to months', async () => {
    const { wrapper, operations } = await mountReport();
    await wrapper.get('[data-testid="period-granularity"]').setValue('MONTH');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.some((op) => (op.variables.groupBy as string[] | undefined)?.[0] === 'MONTH')).toBe(true);
    expect(wrapper.findAll('[data-testid="compliance-chart"]').at(-1)?.text()).toBe('По месяцам: 1');
  });

  it('exports the table as a UTF-8 CSV with a BOM, semicolons and escaped quotes', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:report';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { wrapper } = await mountReport();
    await wrapper.get('[data-testid="export-csv"]').trigger('click');

    expect(clicked[0]?.download).toBe('sla-compliance_2026-10-26_2026-11-24.csv');
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('Разрез;Группа;Выполнено;Нарушено;Всего;Соблюдение, %');
    expect(lines[1]).toBe('По уровню обслуживания;Расширенный;19;1;20;95');
    expect(lines[5]).toBe('По инженерам;"Мария ""Маша"" Поддержкина";28;0;28;100');
    expect(lines).toHaveLength(9);
  });

  it('#19: self-service beside SLA — resolved without a ticket against tickets, per product and month, for the same period', async () => {
    const { wrapper, operations } = await mountReport();
    expect(operations.find((op) => op.operationName === 'SelfServiceDeflection')?.variables).toEqual({ from: '2026-10-25T21:00:00.000Z', to: '2026-11-24T21:00:00.000Z' });
    const [row] = wrapper.findAll('[data-testid="deflection-row"]');
    expect(row!.findAll('th, td').map((cell) => cell.text())).toEqual(['Dallas Lock 8.0', '2026-11', '3', '9', '25,0 %']);
  });

  it('#19: the customers\' ratings by agent (unassigned named so), average and distribution', async () => {
    const { wrapper, operations } = await mountReport();
    expect(operations.find((op) => op.operationName === 'SatisfactionReport')?.variables).toMatchObject({ groupBy: 'AGENT' });
    const rows = wrapper.findAll('[data-testid="satisfaction-row"]').map((row) => row.findAll('th, td').map((cell) => cell.text()));
    expect(rows).toEqual([
      ['Алексей Инженеров', '4', '4,25', '0', '0', '1', '1', '2'],
      ['Без исполнителя', '1', '3,00', '0', '0', '1', '0', '0'],
    ]);
  });
});
