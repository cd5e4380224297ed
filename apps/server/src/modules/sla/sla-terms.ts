import { atRiskAt, formatServicePeriods, parseServicePeriods, priorityOf, responseDeadline, type ProductionCalendar, type ServicePeriods } from '@desk/sla';
import type { Criticality, SupportLevel } from '../../entities/sla/sla.enums.js';

export interface SlaTerms {
  priority: number;
  responseDueAt: Date;
  atRiskAt: Date;
}

/** Deadline, AT_RISK instant and priority of a request (SLA-1..7), always from the original arrival (SLA-8). */
export function slaTermsFor(
  calendar: ProductionCalendar,
  supportLevel: SupportLevel,
  criticality: Criticality,
  receivedAt: Date,
  atRiskShare: number,
  periods: ServicePeriods | null,
): SlaTerms {
  return {
    priority: priorityOf(criticality, supportLevel),
    responseDueAt: responseDeadline(calendar, supportLevel, criticality, receivedAt, periods),
    atRiskAt: atRiskAt(calendar, supportLevel, criticality, receivedAt, atRiskShare, periods),
  };
}

/** LVL-2: the service hours a new request of `level` is registered under, as its ticket stores them; null: 24×7. */
export function serviceHoursFor(level: SupportLevel, basic: ServicePeriods): string | null {
  return level === 'BASIC' ? formatServicePeriods(basic) : null;
}

/** The periods a ticket's stored terms name; null: 24×7 (EXTENDED). */
export function periodsOf(ticket: { serviceHours: string | null }): ServicePeriods | null {
  return ticket.serviceHours ? parseServicePeriods(ticket.serviceHours) : null;
}
