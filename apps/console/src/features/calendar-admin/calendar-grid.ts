/** A day of the calendar page, as calendarYear lists it. */
export interface GridDay {
  readonly date: string;
  readonly working: boolean;
  readonly shortened: boolean;
  readonly source: string;
}

/** One month as a table: weeks Monday first, null where the month has no day. */
export interface MonthGrid<D extends GridDay> {
  readonly month: number;
  readonly weeks: readonly (readonly (D | null)[])[];
}

/** Monday 0 … Sunday 6, as Russian calendars print the week. */
function mondayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The year's days (1 January first, as calendarYear gives them) laid out as twelve month tables. */
export function monthGrids<D extends GridDay>(days: readonly D[]): MonthGrid<D>[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1;
    const inMonth = days.filter((d) => Number(d.date.slice(5, 7)) === month);
    const cells: (D | null)[] = [...Array<null>(inMonth[0] ? mondayIndex(inMonth[0].date) : 0).fill(null), ...inMonth];
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
    return { month, weeks };
  });
}

/** What an admin can make a day: the three states of SLA-5 (a shortened day is a working one that closes early). */
export type DayState = 'WORKING' | 'NON_WORKING' | 'SHORTENED';

export function stateOf(day: Pick<GridDay, 'working' | 'shortened'>): DayState {
  return !day.working ? 'NON_WORKING' : day.shortened ? 'SHORTENED' : 'WORKING';
}

export function overrideOf(state: DayState): { working: boolean; shortened: boolean } {
  return { working: state !== 'NON_WORKING', shortened: state === 'SHORTENED' };
}
