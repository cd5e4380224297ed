import type { ExportTable } from './export-table.js';

/** An Office Open XML workbook of one sheet, written by exceljs: counts as numbers, shares as percentages. */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  // Loaded on the first export, not at start: exceljs alone is a sizeable part of a process's start-up (#17, timers re-armed sooner after a restart).
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SLA desk';
  // Excel allows 31 characters in a sheet name and none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 2),
    ...(column.kind === 'RATE' ? { style: { numFmt: '0.0%' } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of table.rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
