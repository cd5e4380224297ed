import type { ComplianceDimension, ComplianceGroup } from '../compliance.js';
import type { ExportCell, ExportColumn, ExportTable } from './export-table.js';
import type { TicketLine } from './ticket-line.js';

const DIMENSION_HEADERS: Record<ComplianceDimension, string> = {
  LEVEL: 'Уровень обслуживания',
  CRITICALITY: 'Критичность',
  AGENT: 'Агент',
  WEEK: 'Неделя (понедельник, МСК)',
  MONTH: 'Месяц (МСК)',
};

const FIGURES: readonly ExportColumn[] = [
  { header: 'Выполнено (MET)', kind: 'COUNT' },
  { header: 'Нарушено (BREACHED)', kind: 'COUNT' },
  { header: 'Всего', kind: 'COUNT' },
  { header: 'Доля выполнения', kind: 'RATE' },
];

function figures(met: number, breached: number): ExportCell[] {
  const total = met + breached;
  return [met, breached, total, total === 0 ? 1 : met / total];
}

/**
 * The SLA-9 report as a sheet: one row per group, the dimensions asked for in
 * their order, then a total row that is the sum of the rows. `agentName`
 * names the AGENT key (a user id); an empty agent cell is "no agent".
 */
export function complianceTable(groups: readonly ComplianceGroup[], dimensions: readonly ComplianceDimension[], agentName: (agentId: string) => string): ExportTable {
  const rows = groups.map((group) => [
    ...dimensions.map((dimension) => {
      const value = group.key[dimension] ?? null;
      return dimension === 'AGENT' ? (value === null ? 'без агента' : agentName(value)) : value;
    }),
    ...figures(group.met, group.breached),
  ]);
  const met = groups.reduce((sum, group) => sum + group.met, 0);
  const breached = groups.reduce((sum, group) => sum + group.breached, 0);
  const totals = figures(met, breached);
  return {
    title: 'Соблюдение SLA',
    columns: [...dimensions.map((dimension) => ({ header: DIMENSION_HEADERS[dimension], kind: 'TEXT' as const })), ...FIGURES],
    // Ungrouped, the one row is the total.
    rows: dimensions.length === 0 ? [totals] : [...rows, ['Итого', ...dimensions.slice(1).map(() => null), ...totals]],
  };
}

export const TICKET_COLUMNS: readonly ExportColumn[] = [
  { header: 'Номер', kind: 'TEXT' },
  { header: 'Организация', kind: 'TEXT' },
  { header: 'Поступила (МСК)', kind: 'TEXT' },
  { header: 'Уровень обслуживания', kind: 'TEXT' },
  { header: 'Критичность', kind: 'TEXT' },
  { header: 'Срок реакции (МСК)', kind: 'TEXT' },
  { header: 'Реакция (МСК)', kind: 'TEXT' },
  { header: 'Минут до реакции', kind: 'COUNT' },
  { header: 'Канал подтверждения', kind: 'TEXT' },
  { header: 'Подтверждение получения', kind: 'TEXT' },
  { header: 'Агент', kind: 'TEXT' },
  { header: 'Итог SLA', kind: 'TEXT' },
];

export function ticketCells(line: TicketLine): ExportCell[] {
  return [
    line.number,
    line.organization,
    line.receivedAt,
    line.supportLevel,
    line.criticality,
    line.dueAt,
    line.respondedAt,
    line.reactionMinutes,
    line.proofChannel,
    line.proof,
    line.agent,
    line.outcome,
  ];
}

/** The tickets behind one figure of the report (SLA-9 drill-down), oldest arrival first. */
export function ticketTable(lines: readonly TicketLine[]): ExportTable {
  return { title: 'Заявки', columns: TICKET_COLUMNS, rows: lines.map(ticketCells) };
}
