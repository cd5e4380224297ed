import { NotFound, ValidationFailed } from './errors.js';

/** Row ids are the databases' 32-bit integer keys: a larger number would be an SQL error, not a miss (#15 finding 4). */
export const MAX_ROW_ID = 2_147_483_647;

/**
 * The one reading of a GraphQL ID (or a path segment) as a row id: 1 to 10
 * digits up to MAX_ROW_ID. Null when the text cannot name a row — never NaN
 * or an out-of-range number in a query.
 */
export function idOf(value: string | number): number | null {
  const id = typeof value === 'number' ? value : /^\d{1,10}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(id) && id > 0 && id <= MAX_ROW_ID ? id : null;
}

/** An ID argument that must name a row: a malformed one is the caller's mistake, named by its field (BAD_USER_INPUT). */
export function parseId(value: string, field: string): number {
  const id = idOf(value);
  if (id === null) throw new ValidationFailed([{ field, message: 'is not an id this API returned' }]);
  return id;
}

/** The id of the record an operation looks up: one that cannot exist is NOT_FOUND, like one that does not. */
export function existingId(value: string | number, entity: string): number {
  const id = idOf(value);
  if (id === null) throw new NotFound(entity, value);
  return id;
}

/** existingId for an optional argument: null stays null. */
export function optionalExistingId(value: string | null | undefined, entity: string): number | null {
  return value === null || value === undefined ? null : existingId(value, entity);
}
