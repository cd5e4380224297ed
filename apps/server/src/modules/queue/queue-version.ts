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

/** Next cluster-wide queue version; call only while holding lockQueue. */
export async function nextQueueVersion(em: EntityManager): Promise<number> {
  return nextQueueVersions(em, 1);
}

/** Reserves `count` consecutive versions and returns the first; call only while holding lockQueue. */
export async function nextQueueVersions(em: EntityManager, count: number): Promise<number> {
  if (count > 0) await em.nativeUpdate(QueueState, { id: QUEUE_STATE_ID }, { version: raw(`version + ${Math.trunc(count)}`) as unknown as string });
  return (await currentQueueVersion(em)) - count + 1;
}

export async function currentQueueVersion(em: EntityManager): Promise<number> {
  // A plain statement: the queue page reads it on every request (see pnpm bench).
  const [row] = await em
    .getConnection()
    .execute<{ version: string | number }[]>('select version from queue_state where id = ?', [QUEUE_STATE_ID], 'all', em.getTransactionContext());
  return Number(row?.version ?? 0);
}

/**
 * Reserves `count` consecutive ticket-change versions and returns the first; call only while holding lockQueue.
 * Every ticket change takes one (the views' live stream, #13): a gap tells a subscriber it missed a change.
 */
export async function nextChangeVersions(em: EntityManager, count: number): Promise<number> {
  const n = Math.trunc(count);
  if (n > 0) await em.nativeUpdate(QueueState, { id: QUEUE_STATE_ID }, { changeVersion: raw(`change_version + ${n}`) as unknown as string });
  return (await currentChangeVersion(em)) - n + 1;
}

export async function currentChangeVersion(em: EntityManager): Promise<number> {
  const [row] = await em
    .getConnection()
    .execute<{ version: string | number }[]>('select change_version as version from queue_state where id = ?', [QUEUE_STATE_ID], 'all', em.getTransactionContext());
  return Number(row?.version ?? 0);
}
