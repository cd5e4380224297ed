import type { EntityManager } from '@mikro-orm/core';
import { checkPageSize } from '../../common/cursor.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Page } from '../../graphql/connection.js';
import type { TicketRow } from './ticket-row.js';
import { IN_QUEUE, QUEUE_ORDER, afterQueueCursor, decodeQueueCursor, queueCursor } from './queue-order.js';
import { countQueue, readQueueRows } from './queue-page.read-model.js';
import { currentQueueVersion } from './queue-version.js';

/** The live priority queue (SLA-6): open tickets waiting for a reaction. */
export class QueueService {
  constructor(private readonly em: EntityManager) {}

  /** The page as entities: for operations that ask for more of a ticket than a TicketRow holds. */
  async page(first: number, after: string | null): Promise<Page<Ticket>> {
    checkPageSize(first);
    const where = after ? { $and: [IN_QUEUE, afterQueueCursor(after)] } : IN_QUEUE;
    // Read before the page: an event the page already shows may be applied again
    // (clients apply by ticket id, idempotently), but none can be missed.
    const version = await currentQueueVersion(this.em);
    const [rows, totalCount] = await Promise.all([
      this.em.find(Ticket, where, { orderBy: QUEUE_ORDER, limit: first + 1 }),
      this.em.count(Ticket, IN_QUEUE),
    ]);
    return { items: rows.slice(0, first), hasNextPage: rows.length > first, totalCount, cursorOf: queueCursor, version };
  }

  /** The same page from the read model (#17): same order, cursors, count and version, as plain rows. */
  async rowPage(first: number, after: string | null): Promise<Page<TicketRow>> {
    checkPageSize(first);
    const key = after ? decodeQueueCursor(after) : null;
    // As in page(): the version first, so no event newer than the page is missed.
    const version = await currentQueueVersion(this.em);
    const [rows, totalCount] = await Promise.all([readQueueRows(this.em, first + 1, key), countQueue(this.em)]);
    return { items: rows.slice(0, first), hasNextPage: rows.length > first, totalCount, cursorOf: queueCursor, version };
  }
}
