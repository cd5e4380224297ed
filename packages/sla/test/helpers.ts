import { ProductionCalendar } from '../src/index.js';

/** A Moscow wall-clock time, e.g. msk('2026-02-13T17:50') or msk('2026-02-13T17:50:00.500'). */
export function msk(local: string): Date {
  const withSeconds = /T\d{2}:\d{2}$/.test(local) ? `${local}:00` : local;
  const date = new Date(`${withSeconds}+03:00`);
  if (Number.isNaN(date.getTime())) throw new Error(`bad test time ${local}`);
  return date;
}

export const calendar = new ProductionCalendar();
export const shortDayCalendar = new ProductionCalendar({ preHolidayShortDays: true });
