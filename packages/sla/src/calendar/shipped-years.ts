import type { IsoDate } from '../types.js';

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

const NEW_YEAR = 'Новогодние каникулы (ст. 112 ТК РФ)';

export const SHIPPED_YEAR_DATA: readonly ShippedYear[] = [
  {
    year: 2025,
    weekdaysOff: [
      { date: '2025-01-01', note: NEW_YEAR },
      { date: '2025-01-02', note: NEW_YEAR },
      { date: '2025-01-03', note: NEW_YEAR },
      { date: '2025-01-06', note: NEW_YEAR },
      { date: '2025-01-07', note: 'Рождество Христово' },
      { date: '2025-01-08', note: NEW_YEAR },
      { date: '2025-02-24', note: 'Перенос с воскресенья 23 февраля' },
      { date: '2025-03-10', note: 'Перенос с субботы 8 марта' },
      { date: '2025-05-01', note: 'Праздник Весны и Труда' },
      { date: '2025-05-02', note: 'Перенос с субботы 4 января' },
      { date: '2025-05-09', note: 'День Победы' },
      { date: '2025-06-12', note: 'День России' },
      { date: '2025-11-03', note: 'Перенос с субботы 1 ноября' },
      { date: '2025-11-04', note: 'День народного единства' },
      { date: '2025-12-31', note: 'Перенос с воскресенья 5 января' },
    ],
    weekendDaysWorked: [{ date: '2025-11-01', note: 'Рабочая суббота (перенос на 3 ноября)' }],
    workingDays: 247,
  },
  {
    year: 2026,
    weekdaysOff: [
      { date: '2026-01-01', note: NEW_YEAR },
      { date: '2026-01-02', note: NEW_YEAR },
      { date: '2026-01-05', note: NEW_YEAR },
      { date: '2026-01-06', note: NEW_YEAR },
      { date: '2026-01-07', note: 'Рождество Христово' },
      { date: '2026-01-08', note: NEW_YEAR },
      { date: '2026-01-09', note: 'Перенос с субботы 3 января' },
      { date: '2026-02-23', note: 'День защитника Отечества' },
      { date: '2026-03-09', note: 'Перенос с воскресенья 8 марта' },
      { date: '2026-05-01', note: 'Праздник Весны и Труда' },
      { date: '2026-05-11', note: 'Перенос с субботы 9 мая' },
      { date: '2026-06-12', note: 'День России' },
      { date: '2026-11-04', note: 'День народного единства' },
      { date: '2026-12-31', note: 'Перенос с воскресенья 4 января' },
    ],
    weekendDaysWorked: [],
    workingDays: 247,
  },
];

export const SHIPPED_YEARS: readonly number[] = SHIPPED_YEAR_DATA.map((y) => y.year);
