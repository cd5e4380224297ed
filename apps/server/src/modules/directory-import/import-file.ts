import { decodeCsv, type CsvEncoding } from './csv-decoding.js';
import { MalformedCsv, readCsvTable, type CsvDelimiter } from './csv-table.js';
import { ImportProblemCode, type ImportProblem } from './import-problem.js';
import { readHeader, readRow, type ImportRow } from './import-row.js';

/** More rows than one import takes: the plan and the transaction stay seconds, not minutes. */
export const MAX_IMPORT_ROWS = 20_000;

export interface ImportFile {
  readonly encoding: CsvEncoding;
  readonly delimiter: CsvDelimiter | null;
  /** Records after the header. */
  readonly rowsRead: number;
  readonly rows: readonly ImportRow[];
  readonly problems: readonly ImportProblem[];
}

/** The file's bytes read as far as rules without the database go: encoding, delimiter, header, each row's values. */
export function readImportFile(bytes: Uint8Array): ImportFile {
  const { text, encoding } = decodeCsv(bytes);
  const problems: ImportProblem[] = [];
  let table;
  try {
    table = readCsvTable(text);
  } catch (error) {
    if (!(error instanceof MalformedCsv)) throw error;
    return { encoding, delimiter: null, rowsRead: 0, rows: [], problems: [{ line: error.line, column: null, code: ImportProblemCode.MALFORMED_CSV, message: error.message }] };
  }
  if (table.records.length > MAX_IMPORT_ROWS) {
    const message = `${table.records.length} rows; one import takes at most ${MAX_IMPORT_ROWS}: split the file`;
    return { encoding, delimiter: table.delimiter, rowsRead: table.records.length, rows: [], problems: [{ line: 1, column: null, code: ImportProblemCode.TOO_MANY_ROWS, message }] };
  }
  const columns = readHeader(table.header, problems);
  const rows = problems.length > 0 ? [] : table.records.map((record) => readRow(record, columns, problems)).filter((row): row is ImportRow => row !== null);
  return { encoding, delimiter: table.delimiter, rowsRead: table.records.length, rows, problems };
}
