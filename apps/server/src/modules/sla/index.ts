/** The production calendar (SLA-5) with the admin's overrides, and the response terms it gives a request (SLA-1..8). */
import { SlaResolver } from './sla.resolver.js';

export const SLA_RESOLVERS = [SlaResolver] as const;

export { CalendarService } from './calendar.service.js';
export type { CalendarChange, CalendarChangeListener } from './calendar-change.js';
export { periodsOf, serviceHoursFor, slaTermsFor, type SlaTerms } from './sla-terms.js';
export type { SlaContext, SlaServices } from './sla-services.js';
