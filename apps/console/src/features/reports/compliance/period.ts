import { addDays, instantAt, moscowDateOf, type IsoDate } from '@desk/sla';

/** Report periods are whole Moscow days, as the agreement counts them (LVL-2). */
export type PeriodPreset = 'last7' | 'last30' | 'thisMonth' | 'lastMonth' | 'last90' | 'thisYear' | 'custom';
export const PERIOD_PRESETS: readonly Exclude<PeriodPreset, 'custom'>[] = ['last7', 'last30', 'thisMonth', 'lastMonth', 'last90', 'thisYear'];

/** The time axis of the report: Moscow calendar weeks (Monday first) or months (SLA-9). */
export type Granularity = 'WEEK' | 'MONTH';

/** First and last Moscow day, both included. */
export interface Period {
  fromDate: IsoDate;
  toDate: IsoDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, now: Date): Period {
  const today = moscowDateOf(now);
  const monthStart = `${today.slice(0, 8)}01`;
  switch (preset) {
    case 'last7':
      return { fromDate: addDays(today, -6), toDate: today };
    case 'last30':
      return { fromDate: addDays(today, -29), toDate: today };
    case 'last90':
      return { fromDate: addDays(today, -89), toDate: today };
    case 'thisMonth':
      return { fromDate: monthStart, toDate: today };
    case 'lastMonth': {
      const lastDay = addDays(monthStart, -1);
      return { fromDate: `${lastDay.slice(0, 8)}01`, toDate: lastDay };
    }
    case 'thisYear':
      return { fromDate: `${today.slice(0, 4)}-01-01`, toDate: today };
  }
}

export function isValidPeriod(period: Period): boolean {
  return ISO_DATE.test(period.fromDate) && ISO_DATE.test(period.toDate) && period.fromDate <= period.toDate;
}

/** `slaCompliance(from, to)` counts tickets that arrived in [from, to): Moscow midnight to the midnight after the last day. */
export function apiRange(period: Period): { from: string; to: string } {
  return {
    from: instantAt(period.fromDate, 0).toISOString(),
    to: instantAt(addDays(period.toDate, 1), 0).toISOString(),
  };
}

/** Weeks read well up to about a quarter; longer periods by month. */
export function defaultGranularity(period: Period): Granularity {
  const days = (Date.parse(period.toDate) - Date.parse(period.fromDate)) / 86_400_000 + 1;
  return days <= 92 ? 'WEEK' : 'MONTH';
}
