import { Forbidden, NotAuthenticated, ResumeReset } from '../../common/errors.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { TicketQueryService } from '../tickets/index.js';
import { latestChangeVersions, tagChangeVersion, taggedChangeVersion } from './change-versions.js';
import { EventStream } from './event-log-reader.js';
import type { TicketUpdate } from './live-hub.js';
import { startWith } from './live-pubsub.js';
import type { RealtimeContext } from './realtime-services.js';

/**
 * ticketUpdated(id, after) (#16). The ticket's state is complete, so a resume
 * replays no intermediate states: with `after` at or past the ticket's latest
 * change version the client is up to date and gets nothing until the next
 * change; otherwise it gets the current state once (its changeVersion says
 * where it now is). Then live, never a change version at or below the last
 * one sent. A "look again" (a notification delivered, a request linked)
 * changes no version and is sent as it comes. RESET when `after` is beyond the
 * cluster's TICKET version.
 */
export async function ticketUpdates(ctx: RealtimeContext, id: string, after: number | null): Promise<AsyncIterableIterator<Ticket>> {
  const actor = ctx.actor;
  if (!actor) throw new NotAuthenticated();
  const ticket = await new TicketQueryService(ctx.em).get(id, actor);
  if (!ticket) throw new Forbidden(`Ticket ${id} does not exist or is not visible to you`);
  const live = ctx.app.live;
  const updates = live.pubSub.subscribe('TICKET_UPDATED', String(ticket.id));
  try {
    if (after !== null) {
      const heads = await live.currentVersions();
      if (after > heads[EventStream.TICKET]) throw new ResumeReset(after, 'ahead of every version this cluster has numbered', heads[EventStream.TICKET]);
    }
    // Read after subscribing, the version before the state: a change committed meanwhile is in this read or among the updates.
    const em = ctx.em.fork();
    const version = (await latestChangeVersions(em, [ticket.id])).get(ticket.id) ?? null;
    const current = await new TicketQueryService(em).get(String(ticket.id), actor);
    if (current) tagChangeVersion(current, version);
    // No version in the log (changed only before it, or pruned): the client cannot be known up to date.
    const sendCurrent = current !== null && (after === null || version === null || version > after);
    const rest = newerThan(Math.max(after ?? -1, sendCurrent ? (version ?? -1) : -1), updates);
    return sendCurrent ? startWith(current, rest) : rest;
  } catch (error) {
    await updates.return?.();
    throw error;
  }
}

/** The updates' tickets, skipping a versioned one whose state is not newer than what was sent; ending the result ends `updates`. */
function newerThan(sent: number, updates: AsyncIterableIterator<TicketUpdate>): AsyncIterableIterator<Ticket> {
  let lastSent = sent;
  const iterator: AsyncIterableIterator<Ticket> = {
    next: async () => {
      for (;;) {
        const result = await updates.next();
        if (result.done) return { value: undefined, done: true };
        const { ticket, change } = result.value;
        const version = taggedChangeVersion(ticket) ?? change;
        if (change !== null && version! <= lastSent) continue;
        if (version !== null) lastSent = Math.max(lastSent, version);
        return { value: ticket, done: false };
      }
    },
    return: async () => {
      await updates.return?.();
      return { value: undefined, done: true };
    },
    throw: async (error?: unknown) => {
      await updates.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
