export type { SupportLevel, Criticality, SlaState, IsoDate } from './types.js';
export { SUPPORT_LEVELS, CRITICALITIES } from './types.js';
export {
  MOSCOW_OFFSET_MINUTES,
  moscowDateOf,
  moscowMinuteOfDay,
  instantAt,
  addDays,
  dayOfWeek,
  formatMoscow,
  moscowWallClock,
  parseMoscowWallClock,
} from './moscow-time.js';
export * from './calendar/index.js';
export * from './business-time/index.js';
export * from './policy/index.js';
export * from './lifecycle/index.js';
export * from './identification/index.js';
