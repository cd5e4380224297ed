import type { ProblemList } from '../../common/errors.js';

/** The longest "what exactly", "why" or note a request keeps. */
export const MAX_MATERIAL_TEXT = 2000;

/** Trimmed text, named as a problem when blank (if required) or too long. */
export function checkedText(value: string | null | undefined, field: string, problems: ProblemList, options: { required: boolean; max?: number }): string | null {
  const text = value?.trim() || null;
  const max = options.max ?? MAX_MATERIAL_TEXT;
  if (!text) {
    if (options.required) problems.add(field, 'is required');
  } else if (text.length > max) problems.add(field, `must be at most ${max} characters`);
  return text;
}

/** A calendar date YYYY-MM-DD that exists, not after `today` (Moscow) and not before `notBefore`. */
export function checkedDay(value: string, field: string, problems: ProblemList, today: string, notBefore?: string): string {
  const day = value.trim();
  const parsed = new Date(`${day}T00:00:00Z`);
  // A day that does not exist (02-30) either fails to parse or rolls over into another one.
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day);
  if (!valid) problems.add(field, 'must be a date YYYY-MM-DD');
  else if (day > today) problems.add(field, 'must not be in the future');
  else if (notBefore && day < notBefore) problems.add(field, `must not be before ${notBefore}`);
  return day;
}
