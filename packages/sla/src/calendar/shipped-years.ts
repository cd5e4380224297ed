import type { IsoDate } from '../types.js';
import shippedYears from './shipped-years.json' with { type: 'json' };

/**
 * Production calendars adopted by Government decree, restated from SPEC.md SLA-5.
 * Only the exceptions to "Saturday and Sunday off" are listed: weekdays off and weekend days worked.
 * Weekend holidays need no entry because the weekend already makes them days off.
 */
export interface ShippedYear {
  readonly year: number;
  readonly weekdaysOff: readonly { readonly date: IsoDate; readonly note: string }[];
  readonly weekendDaysWorked: readonly { readonly date: IsoDate; readonly note: string }[];
  /** Published total, kept beside the data so a typo in the lists is caught by the tests. */
  readonly workingDays: number;
}

/** The decrees' data, one object a year (add a year there when its calendar is published). */
export const SHIPPED_YEAR_DATA: readonly ShippedYear[] = shippedYears;

export const SHIPPED_YEARS: readonly number[] = SHIPPED_YEAR_DATA.map((y) => y.year);
