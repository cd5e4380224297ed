/** The live priority queue (SLA-6): its order as the database pages it, positions and the cluster-wide version. */
import { QueueResolver } from './queue.resolver.js';

export const QUEUE_RESOLVERS = [QueueResolver] as const;

export { queueKeyOf, queuePosition, queuePositions, type QueueKey } from './queue-position.js';
export {
  currentAlertVersion,
  currentChangeVersion,
  currentQueueVersion,
  lockQueue,
  lockQueueAndReserve,
  nextAlertVersions,
  nextChangeVersions,
  nextQueueVersion,
  nextQueueVersions,
} from './queue-version.js';
export { logSlaAlerts, logTicketEvents } from './event-log.js';
export { numberAtCommit } from './intake-numbering.js';
export { IN_QUEUE, QUEUE_ORDER } from './queue-order.js';
export { TICKET_ROW_SHAPE, TicketRow, type TicketRowFields } from './ticket-row.js';
