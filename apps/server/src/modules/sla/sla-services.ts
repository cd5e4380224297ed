import type { RequestContext } from '../../graphql/context.js';
import type { CalendarService } from './calendar.service.js';
import type { ServiceHoursService } from './service-hours.service.js';

/** The calendar with the admin's overrides and the AT_RISK share, built once per process. */
export interface SlaServices {
  readonly calendar: CalendarService;
  /** SLA-7: share of the response time after which a ticket is AT_RISK. */
  readonly atRiskShare: number;
  /** LVL-2: each level's service hours new tickets are registered under (their terms keep them), as admins set them. */
  readonly serviceHours: ServiceHoursService;
}

export type SlaContext = RequestContext<SlaServices>;
