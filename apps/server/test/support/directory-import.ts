import { gzipSync } from 'node:zlib';
import type { TestApp } from './test-app.js';

export const IMPORT = `mutation($input: DirectoryImportInput!) { importDirectory(input: $input) {
  fileName dryRun applied encoding delimiter rowsRead problemCount
  organizations { created updated unchanged } contracts { created updated unchanged } contacts { created updated unchanged }
  problems { line column code message } } }`;

/** Runs importDirectory on a file's bytes (or text, written as UTF-8; gzipped as the console sends it) and returns its report. */
export async function importFile(t: TestApp, token: string, file: Buffer | string, options: { dryRun: boolean; fileName?: string; importId?: string; gzip?: boolean }) {
  const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
  const content = (options.gzip ? gzipSync(bytes) : bytes).toString('base64');
  const input = { fileName: options.fileName ?? 'customers.csv', content, dryRun: options.dryRun, ...(options.importId ? { importId: options.importId } : {}) };
  return (await t.gql(IMPORT, { input }, token)).importDirectory;
}
