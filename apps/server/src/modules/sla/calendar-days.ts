import { addDays, SHIPPED_YEAR_DATA, type DayKind, type IsoDate, type ProductionCalendar } from '@desk/sla';

/** Where a day's status comes from (SLA-5): a shipped decree year, the art. 112 rules alone, or an admin's override. */
export type CalendarDaySource = 'SHIPPED' | 'ART_112' | 'OVERRIDE';

export interface CalendarYearDay {
  readonly date: IsoDate;
  readonly working: boolean;
  readonly shortened: boolean;
  readonly kind: DayKind;
  readonly source: CalendarDaySource;
  readonly note: string | null;
}

/** Every day of `year` as the calendar in force sees it, with the source of its status. */
export function calendarDaysOf(calendar: ProductionCalendar, year: number): CalendarYearDay[] {
  const overrides = new Map(calendar.overrides.map((o) => [o.date, o]));
  const shipped = SHIPPED_YEAR_DATA.find((y) => y.year === year);
  const shippedNotes = new Map([...(shipped?.weekdaysOff ?? []), ...(shipped?.weekendDaysWorked ?? [])].map((d) => [d.date, d.note]));
  const days: CalendarYearDay[] = [];
  for (let date = `${year}-01-01`; date.startsWith(`${year}-`); date = addDays(date, 1)) {
    const override = overrides.get(date);
    days.push({
      date,
      working: calendar.isWorkingDay(date),
      shortened: calendar.isShortened(date),
      kind: calendar.dayKind(date),
      source: override ? 'OVERRIDE' : shipped ? 'SHIPPED' : 'ART_112',
      note: override ? (override.note ?? null) : (shippedNotes.get(date) ?? null),
    });
  }
  return days;
}
