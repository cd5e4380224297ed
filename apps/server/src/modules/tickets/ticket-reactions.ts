import type { EntityManager } from '@mikro-orm/core';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';
import type { DomainEvent } from '../../infra/events/domain-events.js';

/** One ticket's share of a committed-to-be change: the ticket as it is now and the timeline lines the change wrote. */
export interface TicketChange {
  readonly ticket: Ticket;
  readonly entries: readonly TimelineEntry[];
}

/**
 * What else a ticket change brings about, in its own transaction: staff
 * notifications, the search index, partners' webhooks. The tickets module
 * names this port; the composition root plugs the modules in, so tickets never
 * depend on them. A reaction writes only in `tx` (it commits with the change,
 * or not at all) and returns the events to publish once it has committed.
 */
export interface TicketChangeReaction {
  readonly name: string;
  react(tx: EntityManager, changes: readonly TicketChange[]): Promise<readonly DomainEvent[]>;
}

const collectors = new WeakMap<EntityManager, TimelineEntry[]>();

/** Starts noting the timeline lines written in `tx` (recordTimeline reports to it). */
export function collectTimeline(tx: EntityManager): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  collectors.set(tx, entries);
  return entries;
}

export function noteTimeline(em: EntityManager, entry: TimelineEntry): void {
  collectors.get(em)?.push(entry);
}

/** The changes of a transaction, one per ticket, with the lines each got. */
export function changesOf(tickets: readonly Ticket[], entries: readonly TimelineEntry[]): TicketChange[] {
  return tickets.map((ticket) => ({ ticket, entries: entries.filter((entry) => entry.ticket.id === ticket.id) }));
}

/** Runs every reaction in `tx`; their events are published by the caller after commit. */
export async function runReactions(
  tx: EntityManager,
  reactions: readonly TicketChangeReaction[] | undefined,
  changes: readonly TicketChange[],
): Promise<DomainEvent[]> {
  const events: DomainEvent[] = [];
  if (!reactions?.length || changes.length === 0) return events;
  for (const reaction of reactions) events.push(...(await reaction.react(tx, changes)));
  await tx.flush();
  return events;
}
