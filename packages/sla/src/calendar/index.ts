export type { CalendarDayOverride, CalendarOptions, DayKind } from './types.js';
export { ProductionCalendar } from './production-calendar.js';
export { SHIPPED_YEARS, SHIPPED_YEAR_DATA, type ShippedYear } from './shipped-years.js';
export { ART_112_HOLIDAYS } from './art112.js';
export { parseICalendar, CalendarImportError } from './icalendar.js';
