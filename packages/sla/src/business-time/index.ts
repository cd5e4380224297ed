export type { ServiceSchedule } from './schedule.js';
export { ALWAYS_OPEN } from './always-open.js';
export { businessHours, DEFAULT_SERVICE_HOURS, type ServiceHours } from './business-hours.js';
export { scheduleFor } from './schedule-for.js';
