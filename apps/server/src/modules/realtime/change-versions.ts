import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { EventStream } from '../../entities/realtime/event-log-entry.entity.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { perRequest, RequestBatch } from '../../graphql/request-batch.js';

/**
 * Ticket.changeVersion (#16): the TICKET-stream version of a ticket's latest
 * change in the event log. A ticket object read for a live event or a
 * subscription's first state is tagged with the version read *before* its
 * state, so the version it shows never claims a change its fields lack (a
 * client resuming from it may get a state twice, never miss one). Untagged
 * tickets (queries) read it from the log, batched per request.
 */
const stateVersions = new WeakMap<Ticket, number>();

export function tagChangeVersion(ticket: Ticket, version: number | null | undefined): void {
  if (version !== null && version !== undefined) stateVersions.set(ticket, Math.max(version, stateVersions.get(ticket) ?? 0));
}

export function taggedChangeVersion(ticket: Ticket): number | undefined {
  return stateVersions.get(ticket);
}

/** Per ticket, the version of its latest change the log holds; tickets with none are absent. One statement. */
export async function latestChangeVersions(em: EntityManager, ticketIds: readonly number[]): Promise<Map<number, number>> {
  if (ticketIds.length === 0) return new Map();
  const rows = (await (em as SqlEntityManager)
    .getKnex()('event_log')
    .select('ticket_id')
    .max('version as version')
    .where('stream', EventStream.TICKET)
    .whereIn('ticket_id', [...new Set(ticketIds)])
    .groupBy('ticket_id')) as { ticket_id: number | string; version: number | string | null }[];
  return new Map(rows.filter((row) => row.version !== null).map((row) => [Number(row.ticket_id), Number(row.version)]));
}

const changeVersionsOf = perRequest((ctx) => new RequestBatch((ticketIds: readonly number[]) => latestChangeVersions(ctx.em.fork(), ticketIds), null as number | null));

/** What Ticket.changeVersion resolves to: the tag, else the log's latest (null: the log has none). */
export function changeVersionOf(ticket: Ticket, ctx: Parameters<typeof changeVersionsOf>[0]): Promise<number | null> {
  const tagged = taggedChangeVersion(ticket);
  return tagged !== undefined ? Promise.resolve(tagged) : changeVersionsOf(ctx).load(ticket.id);
}
