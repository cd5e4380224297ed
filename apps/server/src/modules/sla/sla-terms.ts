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

/** LVL-2: the service hours in force as a ticket stores them ("09:00-13:00,14:00-18:00"); null: 24×7. */
export function serviceHoursText(periods: ServicePeriods | null): string | null {
  return periods ? formatServicePeriods(periods) : null;
}

/** LVL-2 in the customers' words: "Рабочие дни 09:00–18:00 МСК", "Ежедневно 08:00–22:00 МСК", "24×7". */
export function describeServiceHours(level: SupportLevel, periods: ServicePeriods | null): string {
  if (!periods) return '24×7';
  const hours = formatServicePeriods(periods).replaceAll('-', '–').replaceAll(',', ', ');
  return `${level === 'BASIC' ? 'Рабочие дни' : 'Ежедневно'} ${hours} МСК`;
}

/** The periods a ticket's stored terms name; null: 24×7 (EXTENDED). */
export function periodsOf(ticket: { serviceHours: string | null }): ServicePeriods | null {
  return ticket.serviceHours ? parseServicePeriods(ticket.serviceHours) : null;
}
