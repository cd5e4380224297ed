import { dayNumberOf, isWeekend } from '../day-number.js';
import { art112HolidaysOf, isArt112Holiday } from './art112.js';
import { SHIPPED_YEAR_DATA } from './shipped-years.js';

/** The exceptions to "weekends off" for one year, before any admin override. */
export interface BaseYear {
  readonly weekdaysOff: ReadonlySet<number>;
  readonly weekendDaysWorked: ReadonlySet<number>;
}

// Rules and shipped data never change at run time, so one cache serves every calendar instance.
const cache = new Map<number, BaseYear>();

export function baseYear(year: number): BaseYear {
  let base = cache.get(year);
  if (!base) {
    base = shippedYear(year) ?? generatedYear(year);
    cache.set(year, base);
  }
  return base;
}

function shippedYear(year: number): BaseYear | undefined {
  const data = SHIPPED_YEAR_DATA.find((y) => y.year === year);
  if (!data) return undefined;
  return {
    weekdaysOff: new Set(data.weekdaysOff.map((d) => dayNumberOf(d.date))),
    weekendDaysWorked: new Set(data.weekendDaysWorked.map((d) => dayNumberOf(d.date))),
  };
}

/**
 * Years without a decree follow art. 112 alone. January weekend holidays are not moved here:
 * the law leaves their transfer to a yearly decree, which an admin enters as overrides.
 */
function generatedYear(year: number): BaseYear {
  const holidays = art112HolidaysOf(year);
  const weekdaysOff = new Set(holidays.filter((h) => !isWeekend(h.dayNumber)).map((h) => h.dayNumber));
  for (const holiday of holidays) {
    if (holiday.month === 1 || !isWeekend(holiday.dayNumber)) continue;
    let target = holiday.dayNumber + 1;
    while (isWeekend(target) || isArt112Holiday(target) || weekdaysOff.has(target)) target += 1;
    weekdaysOff.add(target);
  }
  return { weekdaysOff, weekendDaysWorked: new Set() };
}
