import type { EntityManager } from '@mikro-orm/core';
import { QueueEventKind } from '../../entities/queue/queue.enums.js';
import type { QueueMove } from '../../infra/events/domain-events.js';

/**
 * PostgreSQL numbers a new ticket at COMMIT (#17, Migration20261207180000_intake_numbered_at_commit):
 * the queue lock is then held inside the database only, for no client round trip.
 */

/** Asks, in the intake's transaction, for the ticket to be numbered when that transaction commits. */
export async function numberAtCommit(tx: EntityManager, ticketId: number): Promise<void> {
  await tx.getConnection().execute('insert into queue_intake_numbering (ticket_id) values (?)', [ticketId], 'run', tx.getTransactionContext());
}

export interface IntakeNumbers {
  /** The ADDED move, or null when the ticket does not wait in the queue (refused, ID-2). */
  readonly queue: QueueMove | null;
  readonly change: number;
}

/** After commit: the versions and position the ticket was given (and the request row gone); null if it was never numbered. */
export async function collectNumbers(em: EntityManager, ticketId: number): Promise<IntakeNumbers | null> {
  const [row] = await em
    .getConnection()
    .execute<{ queue_version: string | number | null; change_version: string | number | null; position: number | null }[]>(
      'delete from queue_intake_numbering where ticket_id = ? returning queue_version, change_version, position',
      [ticketId],
      'all',
    );
  if (!row || row.change_version === null) return null;
  const queue: QueueMove | null =
    row.queue_version === null ? null : { version: Number(row.queue_version), kind: QueueEventKind.ADDED, position: Number(row.position), previousPosition: null };
  return { queue, change: Number(row.change_version) };
}
