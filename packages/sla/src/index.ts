export type { SupportLevel, Criticality, SlaState, SlaOutcome, SlaAlertKind, IsoDate } from './types.js';
export { SUPPORT_LEVELS, CRITICALITIES, SLA_STATES, SLA_OUTCOMES, SLA_ALERT_KINDS } from './types.js';
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
