import { ValidationFailed } from './errors.js';

/** Database ids are positive integers; anything else is the caller's mistake, named by its field. */
export function parseId(value: string, field: string): number {
  const id = /^\d{1,15}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1) throw new ValidationFailed([{ field, message: 'is not an id this API returned' }]);
  return id;
}
