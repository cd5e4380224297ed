import { createHash } from 'node:crypto';

/** Hex SHA-256 of a GraphQL document's exact text: what APQ clients send as `sha256Hash`, and the allow-list's key. */
export function operationHash(document: string): string {
  return createHash('sha256').update(document, 'utf8').digest('hex');
}
