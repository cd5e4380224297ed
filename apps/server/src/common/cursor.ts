import { ValidationFailed } from './errors.js';

/** Opaque Relay cursors: base64url of the keyset values of a row. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number, field = 'after'): (string | number)[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === arity &&
      values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
    ) {
      return values as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationFailed([{ field, message: 'is not a cursor returned by this API' }]);
}

export const MAX_PAGE_SIZE = 200;

export function checkPageSize(first: number, field = 'first'): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new ValidationFailed([{ field, message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
}

/** A cursor of numbers only (timestamps, ids): a forged one is the caller's error, not NaN in SQL. */
export function decodeNumericCursor(cursor: string, arity: number, field = 'after'): number[] {
  const values = decodeCursor(cursor, arity, field);
  if (!values.every((v): v is number => typeof v === 'number')) {
    throw new ValidationFailed([{ field, message: 'is not a cursor returned by this API' }]);
  }
  return values;
}
