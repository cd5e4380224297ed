import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { CsvEncoding, decodeCsv } from '../../src/modules/directory-import/csv-decoding.js';
import { detectDelimiter, readCsvTable } from '../../src/modules/directory-import/csv-table.js';
import { readImportFile } from '../../src/modules/directory-import/import-file.js';

const HEADER = 'organization;contract;level;valid_from;valid_until;products;contact_name;contact_position;contact_phone;contact_email';
const ROW = 'АО «Дельта»;DL-1|DL-2;EXTENDED;2027-01-01;2027-12-31;Dallas Lock 8.0;Иванов Иван;Инженер;+7 495 000-00-01;Ivanov@Delta.example';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('directory import: reading the file (#12, pure)', () => {
  it('decodes UTF-8, UTF-8 with a byte order mark and Windows-1251 to the same text', () => {
    const text = `${HEADER}\n${ROW}\n`;
    expect(decodeCsv(utf8(text))).toEqual({ text, encoding: CsvEncoding.UTF_8 });
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ text, encoding: CsvEncoding.UTF_8_BOM });
    expect(decodeCsv(iconv.encode(text, 'win1251'))).toEqual({ text, encoding: CsvEncoding.WINDOWS_1251 });
  });

  it('takes the delimiter from the header line: `;` from Russian Excel, `,` otherwise, ignoring quoted ones', () => {
    expect(detectDelimiter('a;b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('"x;y;z",b\n')).toBe(',');
    expect(detectDelimiter('organization\nАО Альфа')).toBe(',');
  });

  it('reads quoted cells with delimiters, quotes and line breaks, skips blank lines and numbers records by the line they start on', () => {
    const table = readCsvTable('a,b\r\n\r\n"x, ""y""","multi\nline"\r\nlast,1\r\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 3, cells: ['x, "y"', 'multi\nline'] },
      { line: 5, cells: ['last', '1'] },
    ]);
  });

  it('a Windows-1251 file with `,` reads into the same rows as the UTF-8 one with `;`', () => {
    const semicolons = readImportFile(utf8(`${HEADER}\n${ROW}\n`));
    const commas = readImportFile(iconv.encode(`${HEADER.replaceAll(';', ',')}\n${ROW.replace('АО «Дельта»', '"АО «Дельта»"').replaceAll(';', ',')}\n`, 'win1251'));
    expect(semicolons.problems).toEqual([]);
    expect(commas).toMatchObject({ encoding: CsvEncoding.WINDOWS_1251, delimiter: ',', problems: [] });
    expect(commas.rows).toEqual(semicolons.rows);
    expect(semicolons.rows[0]).toMatchObject({
      line: 2,
      organization: { name: 'АО «Дельта»' },
      contract: { identifiers: [{ identifier: 'DL-1', kind: 'LICENSE_NUMBER' }, { identifier: 'DL-2', kind: 'LICENSE_NUMBER' }], supportLevel: 'EXTENDED', productNames: ['Dallas Lock 8.0'] },
      contact: { fullName: 'Иванов Иван', email: 'ivanov@delta.example', locale: 'ru' },
    });
  });

  it('LVL-1, ID-1: names each bad cell by line, column and code — required, invalid, a repeated identifier, an impossible date', () => {
    const file = readImportFile(
      utf8(
        [
          HEADER,
          ';DL-9;PREMIUM;2027-02-30;2026-01-01;;;;;',
          'АО «Дельта»;DL-3|dl-3;BASIC;31.12.2027;01.01.2027;Dallas Lock 8.0;Петров;;12;not-an-email',
        ].join('\n'),
      ),
    );
    expect(file.rows).toEqual([]);
    expect(file.problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [2, 'organization', 'REQUIRED'],
      [2, 'level', 'INVALID_VALUE'],
      [2, 'valid_from', 'INVALID_VALUE'],
      [2, 'products', 'REQUIRED'],
      [3, 'contract', 'INVALID_VALUE'],
      [3, 'valid_until', 'INVALID_VALUE'],
      [3, 'contact_position', 'REQUIRED'],
      [3, 'contact_phone', 'INVALID_VALUE'],
      [3, 'contact_email', 'INVALID_VALUE'],
    ]);
    expect(file.problems.find((p) => p.column === 'contract')!.message).toBe('dl-3 is listed twice');
    expect(file.problems.find((p) => p.column === 'valid_until')!.message).toBe('must not be before 2027-12-31');
  });

  it('the header: an unknown column (a typo would drop data) and a missing organization column are line 1 problems; an unclosed quote is MALFORMED_CSV', () => {
    expect(readImportFile(utf8('organisation;contract\nАО;1\n')).problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [1, 'organisation', 'UNKNOWN_COLUMN'],
      [1, 'organization', 'MISSING_COLUMN'],
    ]);
    expect(readImportFile(utf8('organization;contract\n"АО;1\n')).problems).toMatchObject([{ line: 2, column: null, code: 'MALFORMED_CSV' }]);
  });

  it('only the organization column is required: a file of organization names creates customers', () => {
    const file = readImportFile(utf8('Organization\nАО Альфа\nООО Новая\n'));
    expect(file).toMatchObject({ rowsRead: 2, problems: [] });
    expect(file.rows.map((r) => [r.organization.name, r.contract, r.contact])).toEqual([
      ['АО Альфа', null, null],
      ['ООО Новая', null, null],
    ]);
  });
});
