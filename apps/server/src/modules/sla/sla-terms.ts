import { atRiskAt, priorityOf, responseDeadline, type ProductionCalendar } from '@desk/sla';
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
): SlaTerms {
  return {
    priority: priorityOf(criticality, supportLevel),
    responseDueAt: responseDeadline(calendar, supportLevel, criticality, receivedAt),
    atRiskAt: atRiskAt(calendar, supportLevel, criticality, receivedAt, atRiskShare),
  };
}
