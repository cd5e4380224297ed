import iconv from 'iconv-lite';
import { registerEnumType } from 'type-graphql';

export enum CsvEncoding { UTF_8 = 'UTF_8', UTF_8_BOM = 'UTF_8_BOM', WINDOWS_1251 = 'WINDOWS_1251' }
registerEnumType(CsvEncoding, { name: 'CsvEncoding', description: 'How an imported file was written: UTF-8 (with or without a byte order mark) or Windows-1251' });

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The file's text, whichever of the two encodings Russian spreadsheets save in.
 * A Windows-1251 file with Cyrillic letters is never valid UTF-8 (its letters are
 * single bytes ≥ 0xC0 followed by more letters, not continuation bytes), so a
 * strict UTF-8 decode that fails means Windows-1251; pure ASCII reads the same either way.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (UTF8_BOM.every((byte, index) => bytes[index] === byte)) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(UTF8_BOM.length)), encoding: CsvEncoding.UTF_8_BOM };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: CsvEncoding.UTF_8 };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'win1251'), encoding: CsvEncoding.WINDOWS_1251 };
  }
}
