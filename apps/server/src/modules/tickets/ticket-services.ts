import type { CoreServices, RequestContext } from '../../graphql/context.js';
import type { SlaServices } from '../sla/index.js';
import type { CustomerNotices } from './customer-notices.js';
import type { SalesDesk } from './sales-desk.js';
import type { TicketChangeReaction } from './ticket-reactions.js';

/** What the ticket use cases need from the composition root: the core services, the calendar and a way to tell customers. */
export interface TicketServices extends CoreServices, SlaServices {
  readonly notices: CustomerNotices;
  /** Where commercial questions go (#19). */
  readonly sales: SalesDesk;
  /** What else every ticket change brings about, in its transaction (staff notifications, search, webhooks). */
  readonly reactions: readonly TicketChangeReaction[];
}

/** The request context of the ticket resolvers. */
export type TicketContext = RequestContext<TicketServices>;

/** The same services with the clock stopped at `at`: a channel registering what reached support at `at` (SLA-2). */
export function servicesAsOf(services: TicketServices, at: Date): TicketServices {
  return { ...services, clock: { now: () => new Date(at) } };
}
