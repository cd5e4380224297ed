import type { ExportCell, ExportTable } from './export-table.js';

/**
 * CSV for Russian Excel: UTF-8 with a byte-order mark (without it Excel reads
 * Cyrillic as Windows-1251), `;` between fields and a decimal comma in
 * shares (the ru-RU list and decimal separators), CRLF line ends (RFC 4180).
 */
export function toCsv(table: ExportTable): Buffer {
  const lines = [table.columns.map((column) => quoted(column.header)), ...table.rows.map((row) => row.map((cell, i) => field(cell, table.columns[i]!.kind)))];
  return Buffer.from(`\uFEFF${lines.map((line) => line.join(';')).join('\r\n')}\r\n`, 'utf8');
}

function field(cell: ExportCell, kind: 'TEXT' | 'COUNT' | 'RATE'): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return kind === 'RATE' ? cell.toFixed(4).replace('.', ',') : String(cell);
  return quoted(cell);
}

function quoted(text: string): string {
  // A text starting with = + - @ would run as a formula in Excel (CSV injection): a leading apostrophe keeps it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
