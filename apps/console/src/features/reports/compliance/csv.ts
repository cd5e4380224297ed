/**
 * RFC 4180 CSV for spreadsheets. Excel reads a file as UTF-8 only when it
 * starts with a byte-order mark (without it Cyrillic turns into mojibake), and
 * Russian Excel splits columns on ';' because ',' is its decimal separator.
 */
export const UTF8_BOM = '\uFEFF';

export type CsvCell = string | number | null | undefined;

export interface CsvFormat {
  delimiter: ';' | ',';
  /** Decimal separator for fractional numbers. */
  decimal: ',' | '.';
}

export const CSV_RU: CsvFormat = { delimiter: ';', decimal: ',' };
export const CSV_EN: CsvFormat = { delimiter: ',', decimal: '.' };

export function csvFormatFor(locale: string): CsvFormat {
  return locale.startsWith('ru') ? CSV_RU : CSV_EN;
}

/** Text a spreadsheet would run as a formula ('=HYPERLINK(…)' in an agent's name) is kept as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell, format: CsvFormat): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (typeof value === 'number') {
    text = Number.isFinite(value) ? String(value).replace('.', format.decimal) : '';
  } else {
    text = FORMULA_START.test(value) ? `'${value}` : value;
  }
  return /["\r\n]/.test(text) || text.includes(format.delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, one line per row, CRLF line ends (what Excel writes itself). */
export function toCsv(rows: readonly (readonly CsvCell[])[], format: CsvFormat): string {
  return UTF8_BOM + rows.map((row) => row.map((cell) => csvCell(cell, format)).join(format.delimiter)).join('\r\n') + '\r\n';
}
