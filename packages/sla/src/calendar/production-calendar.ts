import {
  daysInYear,
  dayNumberOf,
  firstDayOfYear,
  isoDateOf,
  isWeekend,
  yearOf,
} from '../day-number.js';
import type { IsoDate } from '../types.js';
import { isArt112Holiday } from './art112.js';
import { baseYear } from './base-year.js';
import type { CalendarDayOverride, CalendarOptions, DayKind } from './types.js';

const WORKING = 1;
const SHORTENED = 2;
const KIND_SHIFT = 2;
const KINDS: readonly DayKind[] = ['WORKING', 'WEEKEND', 'HOLIDAY', 'TRANSFERRED_DAY_OFF'];

/** Longer than any real run of days off; hitting it means the data is broken, not that we should spin forever. */
const MAX_SEARCH_DAYS = 3660;

/**
 * The Russian production calendar (SLA-5): weekends, art. 112 holidays and transfers,
 * the shipped decree years, and admin overrides on top. Immutable; per-year day tables
 * are built lazily and cached so business-time loops cost one array read per day.
 */
export class ProductionCalendar {
  readonly preHolidayShortDays: boolean;
  readonly #overrides: ReadonlyMap<number, CalendarDayOverride>;
  readonly #tables = new Map<number, Uint8Array>();
  #lastTable: { first: number; flags: Uint8Array } | undefined;

  constructor(options: CalendarOptions = {}) {
    this.preHolidayShortDays = options.preHolidayShortDays ?? false;
    const overrides = new Map<number, CalendarDayOverride>();
    // Later entries win so that re-importing a corrected file replaces earlier statements.
    for (const override of options.overrides ?? []) {
      overrides.set(dayNumberOf(override.date), { ...override });
    }
    this.#overrides = overrides;
  }

  /** Overrides in date order, e.g. to show or persist what an admin has changed. */
  get overrides(): readonly CalendarDayOverride[] {
    return [...this.#overrides.entries()].sort(([a], [b]) => a - b).map(([, o]) => ({ ...o }));
  }

  withOverrides(overrides: readonly CalendarDayOverride[]): ProductionCalendar {
    return new ProductionCalendar({
      overrides: [...this.#overrides.values(), ...overrides],
      preHolidayShortDays: this.preHolidayShortDays,
    });
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(dayNumberOf(date));
  }

  dayKind(date: IsoDate): DayKind {
    return KINDS[this.#flags(dayNumberOf(date)) >> KIND_SHIFT] as DayKind;
  }

  isShortened(date: IsoDate): boolean {
    return this.isShortenedDayNumber(dayNumberOf(date));
  }

  workingDaysInYear(year: number): number {
    if (!Number.isInteger(year)) throw new RangeError(`Expected an integer year, got ${year}`);
    let count = 0;
    for (const flags of this.#table(year)) count += flags & WORKING;
    return count;
  }

  nextWorkingDay(date: IsoDate): IsoDate {
    return this.addWorkingDays(date, 1);
  }

  /** n > 0: the n-th working day strictly after date; n < 0: strictly before; n = 0: date itself. */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays expects an integer, got ${n}`);
    const step = n < 0 ? -1 : 1;
    let day = dayNumberOf(date);
    let left = Math.abs(n);
    let idle = 0;
    while (left > 0) {
      day += step;
      if (this.isWorkingDayNumber(day)) {
        left -= 1;
        idle = 0;
      } else if (++idle > MAX_SEARCH_DAYS) {
        throw new RangeError(`No working day within ${MAX_SEARCH_DAYS} days of ${date}`);
      }
    }
    return isoDateOf(day);
  }

  /** Day-number form of isWorkingDay (days since 1970-01-01) for hot loops in business time. */
  isWorkingDayNumber(dayNumber: number): boolean {
    return (this.#flags(dayNumber) & WORKING) !== 0;
  }

  /** Day-number form of isShortened. */
  isShortenedDayNumber(dayNumber: number): boolean {
    return (this.#flags(dayNumber) & SHORTENED) !== 0;
  }

  #flags(dayNumber: number): number {
    const last = this.#lastTable;
    if (last && dayNumber >= last.first && dayNumber < last.first + last.flags.length) {
      return last.flags[dayNumber - last.first] as number;
    }
    const year = yearOf(dayNumber);
    const first = firstDayOfYear(year);
    const flags = this.#table(year);
    this.#lastTable = { first, flags };
    return flags[dayNumber - first] as number;
  }

  #table(year: number): Uint8Array {
    let table = this.#tables.get(year);
    if (!table) {
      table = this.#buildTable(year);
      this.#tables.set(year, table);
    }
    return table;
  }

  #buildTable(year: number): Uint8Array {
    const first = firstDayOfYear(year);
    const table = new Uint8Array(daysInYear(year));
    for (let i = 0; i < table.length; i += 1) {
      const day = first + i;
      const working = this.#isWorking(day);
      const kind = working ? 0 : isArt112Holiday(day) ? 2 : isWeekend(day) ? 1 : 3;
      const shortened = working && this.#isShortened(day);
      table[i] = (working ? WORKING : 0) | (shortened ? SHORTENED : 0) | (kind << KIND_SHIFT);
    }
    return table;
  }

  // Must not read the tables: it is what builds them, and Dec 31 looks at next year's Jan 1.
  #isWorking(day: number): boolean {
    const override = this.#overrides.get(day);
    if (override) return override.working;
    const base = baseYear(yearOf(day));
    return isWeekend(day) ? base.weekendDaysWorked.has(day) : !base.weekdaysOff.has(day);
  }

  /**
   * Art. 95 shortens the day before a non-working holiday, not before a weekend or a day off
   * moved by decree: hence "the next calendar day is an art. 112 holiday that is not worked".
   */
  #isShortened(day: number): boolean {
    const explicit = this.#overrides.get(day)?.shortened;
    if (explicit !== undefined) return explicit;
    return this.preHolidayShortDays && isArt112Holiday(day + 1) && !this.#isWorking(day + 1);
  }
}
