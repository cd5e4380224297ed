import type { QueueEventFieldsFragment } from './graphql/queueEvent.api';

/**
 * API.md `QueueEvent`: `{ version, kind: ADDED|MOVED|UPDATED|REMOVED, ticket,
 * position, previousPosition }`, as the queueChanged subscription delivers it.
 */
export type QueueEvent = QueueEventFieldsFragment;
export type QueueEventKind = QueueEvent['kind'];
