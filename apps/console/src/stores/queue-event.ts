import type { QueueChangedSubscription } from './graphql/queueChanged.api';

/**
 * API.md `QueueEvent`: `{ version, kind: ADDED|MOVED|UPDATED|REMOVED, ticket,
 * position, previousPosition }`, as the queueChanged subscription delivers it.
 */
export type QueueEvent = QueueChangedSubscription['queueChanged'];
export type QueueEventKind = QueueEvent['kind'];
