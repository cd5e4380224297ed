import { moscowWallClock, parseMoscowWallClock } from '@desk/sla';

/**
 * `<input type="datetime-local">` speaks wall-clock time without a zone; the
 * agreement's hours are Moscow hours (LVL-2), so the inputs show and read
 * Moscow time whatever zone the browser is in.
 */

/** The input's value for an instant: "2026-02-16T10:05:30", or to the minute ("2026-02-16T10:05"); '' for none. */
export function moscowInputValue(iso: string | null | undefined, precision: 'minute' | 'second' = 'second'): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  if (Number.isNaN(ms)) return '';
  const value = moscowWallClock(new Date(ms));
  return precision === 'minute' ? value.slice(0, 16) : value;
}

/** The instant (ISO) an input's "YYYY-MM-DDTHH:mm[:ss]" names; null when it is not one. */
export function fromMoscowInput(value: string): string | null {
  return parseMoscowWallClock(value)?.toISOString() ?? null;
}
