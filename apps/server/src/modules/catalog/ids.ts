import { NotFound } from '../../common/errors.js';

/** A GraphQL ID as a row id; anything else is a record that does not exist. */
export function rowId(id: string | number, entity: string): number {
  const value = typeof id === 'number' ? id : /^\d{1,15}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(value) || value <= 0) throw new NotFound(entity, id);
  return value;
}

/** Like rowId for optional arguments: null stays null. */
export function optionalRowId(id: string | null | undefined, entity: string): number | null {
  return id === null || id === undefined ? null : rowId(id, entity);
}

/** YYYY-MM-DD that is a real calendar day. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** http(s) only: no javascript:, file: or data: links reach a reader. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
