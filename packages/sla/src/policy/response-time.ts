import type { ProductionCalendar } from '../calendar/production-calendar.js';
import { scheduleFor } from '../business-time/schedule-for.js';
import type { ServicePeriods } from '../business-time/business-hours.js';
import type { Criticality, SupportLevel } from '../types.js';
import { resolveAtRiskShare } from './at-risk-share.js';

const RESPONSE_TIME_SECONDS: Readonly<Record<SupportLevel, Readonly<Record<Criticality, number>>>> = {
  BASIC: { NON_CRITICAL: 3600, CRITICAL: 1800 },
  EXTENDED: { NON_CRITICAL: 2700, CRITICAL: 1200 },
};

/** SLA-1: guaranteed response time, in service seconds of the level's schedule. */
export function responseTimeSeconds(level: SupportLevel, criticality: Criticality): number {
  const seconds = RESPONSE_TIME_SECONDS[level]?.[criticality];
  if (seconds === undefined) throw new RangeError(`Unknown level/criticality ${String(level)}/${String(criticality)}`);
  return seconds;
}

/**
 * SLA-1..5: the response deadline. SLA-8: on reclassification call it again with the original
 * receivedAt and the new criticality; the level is the contract's at arrival.
 */
export function responseDeadline(
  calendar: ProductionCalendar,
  level: SupportLevel,
  criticality: Criticality,
  receivedAt: Date,
  periods?: ServicePeriods | null,
): Date {
  return scheduleFor(level, calendar, periods).addServiceTime(receivedAt, responseTimeSeconds(level, criticality));
}

/** SLA-7: the instant `share` of the response time, counted in service time, has been used. */
export function atRiskAt(
  calendar: ProductionCalendar,
  level: SupportLevel,
  criticality: Criticality,
  receivedAt: Date,
  share?: number,
  periods?: ServicePeriods | null,
): Date {
  const validShare = resolveAtRiskShare({ atRiskShare: share });
  // Rounded to whole ms exactly as slaStateAt rounds its threshold, so both agree on the instant.
  const thresholdMs = Math.round(validShare * (responseTimeSeconds(level, criticality) * 1000));
  return scheduleFor(level, calendar, periods).addServiceTime(receivedAt, thresholdMs / 1000);
}
