import { CsvError, parse } from 'csv-parse/sync';

export type CsvDelimiter = ';' | ',';

export interface CsvRecord {
  /** The line the record starts on, as an editor or a spreadsheet numbers it (the header is line 1). */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface CsvTable {
  readonly delimiter: CsvDelimiter;
  readonly header: readonly string[];
  readonly records: readonly CsvRecord[];
}

/** A file csv-parse cannot read past (an unclosed quote, say), at the line where it stopped. */
export class MalformedCsv extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Russian Excel saves «CSV» with `;` (its list separator, since `,` is the
 * decimal one); everything else writes `,`. The header line decides: whichever
 * of the two it holds more of outside quotes.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ',';
}

/** The header and the records of a CSV text; blank lines are skipped, cells are kept as written (the rules trim). */
export function readCsvTable(text: string): CsvTable {
  const delimiter = detectDelimiter(text);
  let rows: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as never;
  } catch (error) {
    if (error instanceof CsvError) throw new MalformedCsv(error.message, Number((error as { lines?: number }).lines ?? 1));
    throw error;
  }
  const records = rows.map(({ record, raw, info }) => ({ line: startLine(info.lines, raw), cells: record }));
  const [header, ...data] = records;
  return { delimiter, header: header?.cells ?? [], records: data };
}

/**
 * csv-parse counts the line a record ends on; a quoted cell with line breaks
 * started that many lines earlier (the raw text also holds the blank lines skipped before it).
 */
function startLine(endLine: number, raw: string): number {
  const breaks = raw.replace(/^[\r\n]+|[\r\n]+$/g, '').match(/\r\n|\n|\r/g)?.length ?? 0;
  return endLine - breaks;
}
