import type { ProductionCalendar } from '../calendar/production-calendar.js';
import type { SupportLevel } from '../types.js';
import { ALWAYS_OPEN } from './always-open.js';
import { businessHours, dailyHours, DEFAULT_SERVICE_HOURS, type ServicePeriods } from './business-hours.js';
import type { ServiceSchedule } from './schedule.js';

/**
 * LVL-2: BASIC counts only service hours on working days (the agreement's
 * 09:00–18:00 unless the ticket's terms say otherwise); EXTENDED is 24x7, or
 * its terms' hours on every day of the week.
 */
export function scheduleFor(level: SupportLevel, calendar: ProductionCalendar, periods?: ServicePeriods | null): ServiceSchedule {
  switch (level) {
    case 'BASIC':
      return businessHours(calendar, periods ?? DEFAULT_SERVICE_HOURS);
    case 'EXTENDED':
      return periods ? dailyHours(periods) : ALWAYS_OPEN;
    default:
      throw new RangeError(`Unknown support level ${String(level satisfies never)}`);
  }
}
