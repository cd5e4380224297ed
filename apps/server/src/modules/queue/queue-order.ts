import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { decodeNumericCursor, encodeCursor } from '../../common/cursor.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

/**
 * SLA-6 as the database sees it: (1) criticality and (2) level are folded
 * into `priority`, then (3) response deadline, (4) arrival, (5) number.
 * Served by tickets_awaiting_queue_idx.
 */
export const QUEUE_ORDER: QueryOrderMap<Ticket> = {
  priority: 'asc',
  responseDueAt: 'asc',
  receivedAt: 'asc',
  id: 'asc',
};

/** The queue holds what still waits for a reaction (SLA-2): NEW, or taken with the notice not yet proven received (SLA-3). */
export const IN_QUEUE: FilterQuery<Ticket> = { awaitingReaction: true };

/** A ticket's place in SLA-6 order: what a queue cursor holds. */
export type QueueCursorKey = Pick<Ticket, 'priority' | 'responseDueAt' | 'receivedAt' | 'id'>;

/** The cursor of an entity or of a read-model row alike. */
export function queueCursor(ticket: QueueCursorKey): string {
  return encodeCursor([ticket.priority, ticket.responseDueAt.getTime(), ticket.receivedAt.getTime(), ticket.id]);
}

export function decodeQueueCursor(cursor: string): QueueCursorKey {
  const [priority, due, received, id] = decodeNumericCursor(cursor, 4) as [number, number, number, number];
  return { priority, responseDueAt: new Date(due), receivedAt: new Date(received), id };
}

/** Rows strictly after the cursor in queue order, as OR-ed prefixes of the key (portable keyset paging). */
export function afterQueueCursor(cursor: string): FilterQuery<Ticket> {
  const { priority, responseDueAt: dueAt, receivedAt, id } = decodeQueueCursor(cursor);
  return {
    $or: [
      { priority: { $gt: priority } },
      { priority, responseDueAt: { $gt: dueAt } },
      { priority, responseDueAt: dueAt, receivedAt: { $gt: receivedAt } },
      { priority, responseDueAt: dueAt, receivedAt, id: { $gt: id } },
    ],
  };
}
