import type { EntityManager } from '@mikro-orm/core';
import { QueueEventKind } from '../../entities/queue/queue.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { DomainEvent, EventBus, QueueMove } from '../../infra/events/domain-events.js';
import {
  numberAtCommit,
  queueKeyOf,
  queuePosition,
  queuePositions,
  type QueueKey,
  lockQueue,
  lockQueueAndReserve,
  logTicketEvents,
  nextChangeVersions,
  nextQueueVersion,
  nextQueueVersions,
} from '../queue/index.js';
import { isPostgres } from '../../infra/database/dialect.js';
import { changesOf, collectTimeline, runReactions, type TicketChangeReaction } from './ticket-reactions.js';

/** What the one write path needs: the bus, and what else a change brings about in its transaction. */
export interface TicketChangeDeps {
  readonly events: EventBus;
  /** Staff notifications, the search index, webhooks (#13, #18): run in the change's transaction. */
  readonly reactions?: readonly TicketChangeReaction[];
}

export interface TicketChangeScope {
  /** Call after loading and before changing an existing ticket: remembers its place. */
  remember(ticket: Ticket): Promise<void>;
}

/**
 * Runs one ticket change in a transaction that holds the queue lock, works out
 * where it moved the ticket, and publishes `ticket.changed` after commit. Every
 * path that changes a ticket goes through here (or, for a batch that moves
 * nothing, through runInPlaceTicketChanges), so the live queue never misses one.
 */
export async function runTicketChange(
  em: EntityManager,
  deps: TicketChangeDeps,
  work: (tx: EntityManager, scope: TicketChangeScope) => Promise<Ticket>,
): Promise<Ticket> {
  const { ticket, events } = await em.transactional(async (tx) => {
    await lockQueue(tx);
    const entries = collectTimeline(tx);
    let previousPosition: number | null = null;
    const changed = await work(tx, {
      remember: async (t) => {
        previousPosition = await queuePosition(tx, queueKeyOf(t));
      },
    });
    await tx.flush();
    const reactionEvents = await runReactions(tx, deps.reactions, changesOf([changed], entries));
    const queue = await queueMoveOf(tx, previousPosition, queueKeyOf(changed));
    const change = await nextChangeVersions(tx, 1);
    const domainEvent: DomainEvent = { type: 'ticket.changed', ticketId: changed.id, queue, change };
    await logTicketEvents(tx, [domainEvent], [changed]);
    return { ticket: changed, events: [domainEvent, ...reactionEvents] };
  });
  for (const event of events) deps.events.publish(event);
  return ticket;
}

export interface TicketIntakeScope {
  /**
   * Takes the queue lock now rather than at the end: for work whose reads must
   * not race another intake's (looking up a contact before creating it).
   */
  serialize(): Promise<void>;
}

/**
 * Registers a new ticket (#17): like runTicketChange, but the queue lock is
 * taken only once the ticket, its timeline, its notice and the reactions are
 * written. A new ticket has no previous place to remember and nobody else can
 * change it before it commits, so everything but numbering it runs beside
 * other intakes. On PostgreSQL the database numbers it at COMMIT
 * (numberAtCommit), so the lock is never held across a round trip; on the
 * embedded database (one writer anyway), or inside a caller's transaction,
 * the server numbers it last: the version bump, its position and the
 * event-log row. Either way versions follow commit order across the cluster
 * and the position is counted in exactly the queue the versions before it left.
 */
export async function runTicketIntake(
  em: EntityManager,
  deps: TicketChangeDeps,
  work: (tx: EntityManager, scope: TicketIntakeScope) => Promise<Ticket>,
): Promise<Ticket> {
  if (isPostgres(em) && !em.isInTransaction()) return intakeNumberedAtCommit(em, deps, work);
  const { ticket, events } = await em.transactional(async (tx) => {
    const { created, reactionEvents } = await writeIntake(tx, deps, work);
    const key = queueKeyOf(created);
    const { queueVersion, changeVersion } = await lockQueueAndReserve(tx, key.awaitingReaction ? 1 : 0, 1);
    const position = await queuePosition(tx, key);
    const queue: QueueMove | null = position === null ? null : { version: queueVersion, kind: QueueEventKind.ADDED, position, previousPosition: null };
    const domainEvent: DomainEvent = { type: 'ticket.changed', ticketId: created.id, queue, change: changeVersion };
    await logTicketEvents(tx, [domainEvent], [created]);
    return { ticket: created, events: [domainEvent, ...reactionEvents] };
  });
  for (const event of events) deps.events.publish(event);
  return ticket;
}

async function intakeNumberedAtCommit(
  em: EntityManager,
  deps: TicketChangeDeps,
  work: (tx: EntityManager, scope: TicketIntakeScope) => Promise<Ticket>,
): Promise<Ticket> {
  const { created, reactionEvents } = await em.transactional(async (tx) => {
    const written = await writeIntake(tx, deps, work);
    await numberAtCommit(tx, written.created.id);
    return written;
  });
  // The versions and the position are in the event log only: every process's LiveHub reads them there.
  const domainEvent: DomainEvent = { type: 'ticket.changed', ticketId: created.id, queue: null, numberedInLog: true };
  for (const event of [domainEvent, ...reactionEvents]) deps.events.publish(event);
  return created;
}

/** The new ticket and everything its creation brings about, before anything numbers it. */
async function writeIntake(
  tx: EntityManager,
  deps: TicketChangeDeps,
  work: (tx: EntityManager, scope: TicketIntakeScope) => Promise<Ticket>,
): Promise<{ created: Ticket; reactionEvents: DomainEvent[] }> {
  const entries = collectTimeline(tx);
  const created = await work(tx, { serialize: () => lockQueue(tx) });
  await tx.flush();
  const reactionEvents = await runReactions(tx, deps.reactions, changesOf([created], entries));
  return { created, reactionEvents };
}

/**
 * A batch of changes that leave every ticket's queue key (status, priority,
 * deadline, arrival) as it was — SLA alerts and the escalation a breach brings.
 * Nobody moves, so one position query and one version bump serve the whole
 * batch; each ticket still gets its own UPDATED event, in version order. This
 * is what lets thousands of deadlines a minute fire on time (pnpm bench).
 */
export async function runInPlaceTicketChanges(
  em: EntityManager,
  deps: TicketChangeDeps,
  work: (tx: EntityManager) => Promise<readonly Ticket[]>,
): Promise<readonly Ticket[]> {
  const { tickets, events } = await em.transactional(async (tx) => {
    await lockQueue(tx);
    const entries = collectTimeline(tx);
    const changed = await work(tx);
    await tx.flush();
    if (changed.length === 0) return { tickets: changed, events: [] };
    const reactionEvents = await runReactions(tx, deps.reactions, changesOf(changed, entries));
    const positions = await queuePositions(tx, changed.map(queueKeyOf));
    let version = await nextQueueVersions(tx, changed.filter((t) => positions.get(t.id) != null).length);
    let change = await nextChangeVersions(tx, changed.length);
    const domainEvents = changed.map((ticket): DomainEvent => {
      const position = positions.get(ticket.id) ?? null;
      const queue = position === null ? null : { version: version++, kind: QueueEventKind.UPDATED, position, previousPosition: position };
      return { type: 'ticket.changed', ticketId: ticket.id, queue, change: change++ };
    });
    await logTicketEvents(tx, domainEvents, changed);
    return { tickets: changed, events: [...domainEvents, ...reactionEvents] };
  });
  for (const event of events) deps.events.publish(event);
  return tickets;
}

/**
 * Changes that may move each ticket in the queue, inside a transaction the
 * caller already holds (a calendar edit, SLA-5). One ticket at a time, so each
 * move's position and version hold after the moves before it, as a live queue
 * replays them. Returns the events for the caller to publish after commit.
 */
export async function moveTicketsWithin(
  tx: EntityManager,
  deps: TicketChangeDeps,
  tickets: readonly Ticket[],
  mutate: (ticket: Ticket) => void,
): Promise<DomainEvent[]> {
  if (tickets.length === 0) return [];
  await lockQueue(tx);
  const entries = collectTimeline(tx);
  const events: DomainEvent[] = [];
  for (const ticket of tickets) {
    const previousPosition = await queuePosition(tx, queueKeyOf(ticket));
    mutate(ticket);
    await tx.flush();
    const queue = await queueMoveOf(tx, previousPosition, queueKeyOf(ticket));
    events.push({ type: 'ticket.changed', ticketId: ticket.id, queue, change: await nextChangeVersions(tx, 1) });
  }
  await logTicketEvents(tx, events, tickets);
  events.push(...(await runReactions(tx, deps.reactions, changesOf(tickets, entries))));
  return events;
}

async function queueMoveOf(tx: EntityManager, previousPosition: number | null, after: QueueKey): Promise<QueueMove | null> {
  const position = await queuePosition(tx, after);
  if (previousPosition === null && position === null) return null;
  const kind =
    previousPosition === null
      ? QueueEventKind.ADDED
      : position === null
        ? QueueEventKind.REMOVED
        : position === previousPosition
          ? QueueEventKind.UPDATED
          : QueueEventKind.MOVED;
  return { version: await nextQueueVersion(tx), kind, position, previousPosition };
}
