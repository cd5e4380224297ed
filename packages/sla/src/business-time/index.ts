export type { ServiceSchedule } from './schedule.js';
export { ALWAYS_OPEN } from './always-open.js';
export {
  businessHours,
  checkServicePeriods,
  dailyHours,
  DEFAULT_SERVICE_HOURS,
  formatServicePeriods,
  formatTimeOfDay,
  parseServicePeriods,
  parseTimeOfDay,
  type ServiceHours,
  type ServicePeriods,
} from './business-hours.js';
export { scheduleFor } from './schedule-for.js';
