import type { EntityManager } from '@mikro-orm/core';

/**
 * PostgreSQL numbers a new ticket at COMMIT (#17, Migration20261207180000_intake_numbered_at_commit):
 * the queue lock is then held inside the database only, for no client round trip. The numbers
 * stay in the event log, where every process's LiveHub reads them (Migration20261207220000_intake_numbers_stay_in_log).
 */

/** Asks, in the intake's transaction, for the ticket to be numbered when that transaction commits. */
export async function numberAtCommit(tx: EntityManager, ticketId: number): Promise<void> {
  await tx.getConnection().execute('insert into queue_intake_numbering (ticket_id) values (?)', [ticketId], 'run', tx.getTransactionContext());
}
