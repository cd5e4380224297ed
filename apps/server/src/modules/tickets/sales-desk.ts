import type { EntityManager } from '@mikro-orm/core';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';

/**
 * Where a COMMERCIAL_QUESTION goes (#19; the agreement names isc@ for
 * commercial matters): support does not answer it, the sales department
 * does. The forward is written in the caller's unit of work, so it commits
 * (or not) with the ticket. The composition root plugs in the outbox
 * (modules/notifications), as with CustomerNotices.
 */
export interface SalesDesk {
  /** The mailbox that answers; named to the customer. */
  readonly address: string;
  forward(em: EntityManager, ticket: Ticket, at: Date): Promise<void>;
}
