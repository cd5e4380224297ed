import type { ProductionCalendar } from '../calendar/production-calendar.js';
import type { SupportLevel } from '../types.js';
import { ALWAYS_OPEN } from './always-open.js';
import { businessHours } from './business-hours.js';
import type { ServiceSchedule } from './schedule.js';

/** LVL-2: BASIC counts only service hours, EXTENDED is 24x7. */
export function scheduleFor(level: SupportLevel, calendar: ProductionCalendar): ServiceSchedule {
  switch (level) {
    case 'BASIC':
      return businessHours(calendar);
    case 'EXTENDED':
      return ALWAYS_OPEN;
    default:
      throw new RangeError(`Unknown support level ${String(level satisfies never)}`);
  }
}
