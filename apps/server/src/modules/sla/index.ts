/** The production calendar (SLA-5) with the admin's overrides, and the response terms it gives a request (SLA-1..8). */
import { ServiceHoursResolver } from './service-hours.resolver.js';
import { SlaResolver } from './sla.resolver.js';

export const SLA_RESOLVERS = [SlaResolver, ServiceHoursResolver] as const;

export { CalendarService } from './calendar.service.js';
export type { CalendarChange, CalendarChangeListener } from './calendar-change.js';
export { ServiceHoursService } from './service-hours.service.js';
export { periodsOf, serviceHoursText, slaTermsFor, type SlaTerms } from './sla-terms.js';
export type { SlaContext, SlaServices } from './sla-services.js';
