import { describe, expect, it } from 'vitest';
import { CSV_EN, CSV_RU, UTF8_BOM, csvCell, csvFormatFor, toCsv } from '../csv';

describe('CSV export', () => {
  it('starts with the UTF-8 byte-order mark so Excel reads Cyrillic as UTF-8', () => {
    const csv = toCsv([['Инженер', 'Выполнено'], ['Мария Поддержкина', 3]], CSV_RU);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // The BOM is the three bytes EF BB BF once encoded.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.slice(1)).toBe('Инженер;Выполнено\r\nМария Поддержкина;3\r\n');
  });

  it("Russian Excel: ';' between columns and a decimal comma; English: ',' and a decimal point", () => {
    expect(toCsv([['Основной', 95.5]], CSV_RU).slice(1)).toBe('Основной;95,5\r\n');
    expect(toCsv([['Basic', 95.5]], CSV_EN).slice(1)).toBe('Basic,95.5\r\n');
    expect(csvFormatFor('ru')).toBe(CSV_RU);
    expect(csvFormatFor('en')).toBe(CSV_EN);
  });

  it('RFC 4180: quotes a cell holding the delimiter, a quote or a line break, doubling inner quotes', () => {
    expect(csvCell('ООО «Гамма»; филиал', CSV_RU)).toBe('"ООО «Гамма»; филиал"');
    expect(csvCell('ЦЗИ ООО "Конфидент"', CSV_RU)).toBe('"ЦЗИ ООО ""Конфидент"""');
    expect(csvCell('строка 1\nстрока 2', CSV_RU)).toBe('"строка 1\nстрока 2"');
    expect(csvCell('a,b', CSV_RU)).toBe('a,b');
    expect(csvCell('a,b', CSV_EN)).toBe('"a,b"');
  });

  it('keeps text that a spreadsheet would run as a formula as plain text', () => {
    expect(csvCell('=HYPERLINK("http://evil.example")', CSV_RU)).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('+7 495 000-00-00', CSV_RU)).toBe("'+7 495 000-00-00");
    expect(csvCell('@cmd', CSV_RU)).toBe("'@cmd");
    // Numbers are ours, never formulas.
    expect(csvCell(-1, CSV_RU)).toBe('-1');
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv([['a', null, undefined, Number.NaN]], CSV_RU).slice(1)).toBe('a;;;\r\n');
  });
});
