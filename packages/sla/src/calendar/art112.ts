import { dayNumberOfYmd, monthDayOf } from '../day-number.js';

/** Non-working public holidays of the Labor Code of the Russian Federation, art. 112, part 1. */
export const ART_112_HOLIDAYS: readonly { readonly month: number; readonly day: number; readonly name: string }[] = [
  { month: 1, day: 1, name: 'Новогодние каникулы' },
  { month: 1, day: 2, name: 'Новогодние каникулы' },
  { month: 1, day: 3, name: 'Новогодние каникулы' },
  { month: 1, day: 4, name: 'Новогодние каникулы' },
  { month: 1, day: 5, name: 'Новогодние каникулы' },
  { month: 1, day: 6, name: 'Новогодние каникулы' },
  { month: 1, day: 7, name: 'Рождество Христово' },
  { month: 1, day: 8, name: 'Новогодние каникулы' },
  { month: 2, day: 23, name: 'День защитника Отечества' },
  { month: 3, day: 8, name: 'Международный женский день' },
  { month: 5, day: 1, name: 'Праздник Весны и Труда' },
  { month: 5, day: 9, name: 'День Победы' },
  { month: 6, day: 12, name: 'День России' },
  { month: 11, day: 4, name: 'День народного единства' },
];

const HOLIDAY_KEYS = new Set(ART_112_HOLIDAYS.map((h) => h.month * 100 + h.day));

export function isArt112Holiday(dayNumber: number): boolean {
  const { month, day } = monthDayOf(dayNumber);
  return HOLIDAY_KEYS.has(month * 100 + day);
}

export function art112HolidaysOf(year: number): { dayNumber: number; month: number }[] {
  return ART_112_HOLIDAYS.map((h) => ({ dayNumber: dayNumberOfYmd(year, h.month, h.day), month: h.month }));
}
