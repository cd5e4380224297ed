import { ProblemList } from './errors.js';

/**
 * What no text the desk keeps may contain (#15 finding 4): C0 control characters but tab, line feed and
 * carriage return (NUL among them, which PostgreSQL refuses outright), DEL, C1 controls, and UTF-16
 * surrogates without their other half (no valid UTF-8 exists for them).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this expression's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const CONTROL_CHARACTERS_MESSAGE = 'must not contain control characters (NUL and the like) or broken Unicode';

export function hasControlCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** Where a sender cannot be asked again (a mail client's stray NUL): the text without them. */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL, '');
}

/** Each string anywhere in `value` with control characters shown as U+FFFD: a refused request kept as it came, storable. */
export function storableCopy(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(CONTROL, '\uFFFD');
  if (Array.isArray(value)) return value.map(storableCopy);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [storableCopy(key), storableCopy(v)]));
  return value;
}

/** Adds a problem, named by its dotted path under `path`, for every string in `value` with control characters. */
export function controlCharacterProblems(value: unknown, path: string, problems = new ProblemList()): ProblemList {
  if (typeof value === 'string') {
    if (hasControlCharacters(value)) problems.add(path, CONTROL_CHARACTERS_MESSAGE);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => controlCharacterProblems(item, `${path}.${index}`, problems));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) controlCharacterProblems(item, `${path}.${key}`, problems);
  }
  return problems;
}
