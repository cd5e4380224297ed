/** Turns committed changes into subscription events on this process (queueChanged, slaAlert, ticketUpdated, certificate alerts). */
import { RealtimeResolver, TicketChangeVersionResolver } from './realtime.resolver.js';

export const REALTIME_RESOLVERS = [RealtimeResolver, TicketChangeVersionResolver] as const;

export { LiveHub, type StaffNotificationSignal, type TicketChangeBatch, type TicketUpdate } from './live-hub.js';
export { LivePubSub, startWith } from './live-pubsub.js';
export type { RealtimeContext, RealtimeServices } from './realtime-services.js';
