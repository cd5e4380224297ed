import type { EntityManager } from '@mikro-orm/core';
import type { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { noteTimeline } from './ticket-reactions.js';

/** Appends one line to a ticket's history (TKT-9) in the caller's unit of work. */
export function recordTimeline(
  em: EntityManager,
  ticket: Ticket,
  entry: { kind: TimelineKind; at: Date; actorId: number | null; summary: string; data?: Record<string, unknown>; internal?: boolean },
): TimelineEntry {
  const created = em.create(TimelineEntry, {
    ticket,
    kind: entry.kind,
    at: entry.at,
    actor: entry.actorId === null ? null : em.getReference(User, entry.actorId),
    summary: entry.summary,
    data: entry.data ?? null,
    internal: entry.internal ?? false,
  });
  // The change's reactions (staff notifications, search, webhooks) learn what happened from these lines.
  noteTimeline(em, created);
  return created;
}
