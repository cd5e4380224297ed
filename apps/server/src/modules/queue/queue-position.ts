import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { isPostgres } from '../../infra/database/dialect.js';

/** The columns SLA-6 orders by; a snapshot taken before a change keeps the old place. */
export interface QueueKey {
  readonly id: number;
  readonly awaitingReaction: boolean;
  readonly priority: number;
  readonly responseDueAt: Date;
  readonly receivedAt: Date;
}

export function queueKeyOf(ticket: Ticket): QueueKey {
  return {
    id: ticket.id,
    awaitingReaction: ticket.awaitingReaction,
    priority: ticket.priority,
    responseDueAt: ticket.responseDueAt,
    receivedAt: ticket.receivedAt,
  };
}

/**
 * The tickets ahead in one range of tickets_awaiting_queue_idx: PostgreSQL
 * plans the OR form below as a parallel seq scan once the queue is large
 * (35 ms at 100 000 waiting, under the queue lock: pnpm bench intake), the
 * row comparison as an index-only range scan.
 */
export const AHEAD_SQL = `select count(*) as ahead from tickets
  where awaiting_reaction = true and (priority, response_due_at, received_at, id) < (?, ?, ?, ?)`;

/** 0-based index in queue order, or null when the ticket does not wait in the queue. */
export async function queuePosition(em: EntityManager, key: QueueKey): Promise<number | null> {
  if (!key.awaitingReaction) return null;
  if (isPostgres(em)) {
    const [row] = await em
      .getConnection()
      .execute<{ ahead: string | number }[]>(AHEAD_SQL, [key.priority, key.responseDueAt, key.receivedAt, key.id], 'all', em.getTransactionContext());
    return Number(row?.ahead ?? 0);
  }
  const ahead: FilterQuery<Ticket> = {
    awaitingReaction: true,
    $or: [
      { priority: { $lt: key.priority } },
      { priority: key.priority, responseDueAt: { $lt: key.responseDueAt } },
      { priority: key.priority, responseDueAt: key.responseDueAt, receivedAt: { $lt: key.receivedAt } },
      { priority: key.priority, responseDueAt: key.responseDueAt, receivedAt: key.receivedAt, id: { $lt: key.id } },
    ],
  };
  return em.count(Ticket, ahead);
}

// Below this many tickets, indexed counts beat numbering the whole queue.
const COUNT_EACH_UP_TO = 8;

/** queuePosition for many tickets at once: one statement that numbers the queue when the batch is large. */
export async function queuePositions(em: EntityManager, keys: readonly QueueKey[]): Promise<Map<number, number | null>> {
  const positions = new Map<number, number | null>();
  const queued = keys.filter((key) => key.awaitingReaction);
  for (const key of keys) positions.set(key.id, null);
  if (queued.length <= COUNT_EACH_UP_TO) {
    for (const key of queued) positions.set(key.id, await queuePosition(em, key));
    return positions;
  }
  const rows = await em.getConnection().execute<{ id: number | string; position: number | string }[]>(
    `select id, position from (
       select id, row_number() over (order by priority, response_due_at, received_at, id) - 1 as position
       from tickets where awaiting_reaction = true
     ) numbered where id in (${queued.map(() => '?').join(', ')})`,
    queued.map((key) => key.id),
    'all',
    em.getTransactionContext(),
  );
  for (const row of rows) positions.set(Number(row.id), Number(row.position));
  return positions;
}
