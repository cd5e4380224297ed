import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { TicketStatus } from '../../entities/enums.js';
import { Ticket } from '../../entities/ticket.entity.js';

/** The columns SLA-6 orders by; a snapshot taken before a change keeps the old place. */
export interface QueueKey {
  readonly id: number;
  readonly status: TicketStatus;
  readonly priority: number;
  readonly responseDueAt: Date;
  readonly receivedAt: Date;
}

export function queueKeyOf(ticket: Ticket): QueueKey {
  return {
    id: ticket.id,
    status: ticket.status,
    priority: ticket.priority,
    responseDueAt: ticket.responseDueAt,
    receivedAt: ticket.receivedAt,
  };
}

/** 0-based index in queue order, or null when the ticket does not wait in the queue. */
export async function queuePosition(em: EntityManager, key: QueueKey): Promise<number | null> {
  if (key.status !== TicketStatus.NEW) return null;
  const ahead: FilterQuery<Ticket> = {
    status: TicketStatus.NEW,
    $or: [
      { priority: { $lt: key.priority } },
      { priority: key.priority, responseDueAt: { $lt: key.responseDueAt } },
      { priority: key.priority, responseDueAt: key.responseDueAt, receivedAt: { $lt: key.receivedAt } },
      { priority: key.priority, responseDueAt: key.responseDueAt, receivedAt: key.receivedAt, id: { $lt: key.id } },
    ],
  };
  return em.count(Ticket, ahead);
}
