import { raw, type EntityManager } from '@mikro-orm/core';
import { QueueState, QUEUE_STATE_ID } from '../../entities/queue/queue-state.entity.js';

/**
 * Takes the queue_state row lock for the rest of the transaction (a no-op
 * update locks the row on PostgreSQL; SQLite has one writer anyway), so
 * queue-changing transactions commit one at a time across the cluster.
 */
export async function lockQueue(em: EntityManager): Promise<void> {
  await em.nativeUpdate(QueueState, { id: QUEUE_STATE_ID }, { version: raw('version') as unknown as string });
}

/** The counters of queue_state: each numbers one stream of live events (and of the event log, #16). */
type Counter = 'version' | 'change_version' | 'alert_version';

/** Reserves `count` consecutive values of a counter and returns the first; call only while holding lockQueue. */
async function reserve(em: EntityManager, counter: Counter, count: number): Promise<number> {
  const n = Math.trunc(count);
  // A plain statement: the column names are ours, and the entity update would need one branch per counter.
  if (n > 0) await em.getConnection().execute(`update queue_state set ${counter} = ${counter} + ${n} where id = ?`, [QUEUE_STATE_ID], 'run', em.getTransactionContext());
  return (await current(em, counter)) - n + 1;
}

async function current(em: EntityManager, counter: Counter): Promise<number> {
  // A plain statement: the queue page reads it on every request (see pnpm bench).
  const [row] = await em
    .getConnection()
    .execute<{ version: string | number }[]>(`select ${counter} as version from queue_state where id = ?`, [QUEUE_STATE_ID], 'all', em.getTransactionContext());
  return Number(row?.version ?? 0);
}

/**
 * Takes the queue lock and reserves the next `queueCount` queue versions and
 * `changeCount` ticket-change versions in one statement (the lock is the row
 * lock of that update): a transaction that took no lock before pays one round
 * trip for both. Returns the first of each.
 */
export async function lockQueueAndReserve(em: EntityManager, queueCount: number, changeCount: number): Promise<{ queueVersion: number; changeVersion: number }> {
  const [row] = await em
    .getConnection()
    .execute<{ version: string | number; change_version: string | number }[]>(
      'update queue_state set version = version + ?, change_version = change_version + ? where id = ? returning version, change_version',
      [Math.trunc(queueCount), Math.trunc(changeCount), QUEUE_STATE_ID],
      'all',
      em.getTransactionContext(),
    );
  if (!row) throw new Error('queue_state has no row: the database was not migrated');
  return { queueVersion: Number(row.version) - queueCount + 1, changeVersion: Number(row.change_version) - changeCount + 1 };
}

/** Next cluster-wide queue version; call only while holding lockQueue. */
export async function nextQueueVersion(em: EntityManager): Promise<number> {
  return reserve(em, 'version', 1);
}

/** Reserves `count` consecutive versions and returns the first; call only while holding lockQueue. */
export async function nextQueueVersions(em: EntityManager, count: number): Promise<number> {
  return reserve(em, 'version', count);
}

export async function currentQueueVersion(em: EntityManager): Promise<number> {
  return current(em, 'version');
}

/**
 * Reserves `count` consecutive ticket-change versions and returns the first; call only while holding lockQueue.
 * Every ticket change takes one (the views' live stream, #13): a gap tells a subscriber it missed a change.
 */
export async function nextChangeVersions(em: EntityManager, count: number): Promise<number> {
  return reserve(em, 'change_version', count);
}

export async function currentChangeVersion(em: EntityManager): Promise<number> {
  return current(em, 'change_version');
}

/** Reserves `count` consecutive SLA alert versions (#16) and returns the first; call only while holding lockQueue. */
export async function nextAlertVersions(em: EntityManager, count: number): Promise<number> {
  return reserve(em, 'alert_version', count);
}

export async function currentAlertVersion(em: EntityManager): Promise<number> {
  return current(em, 'alert_version');
}
