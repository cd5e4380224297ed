import type { EntityManager } from '@mikro-orm/core';
import { QueueState, QUEUE_STATE_ID } from '../../entities/queue/queue-state.entity.js';
import type { QueueEventKind } from '../../entities/queue/queue.enums.js';
import { EventLogEntry, EventStream } from '../../entities/realtime/event-log-entry.entity.js';
import { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import type { Logger } from '../../infra/logger.js';
import { tagChangeVersion } from './change-versions.js';

export { EventStream };

export interface QueueEventPayload {
  version: number;
  kind: QueueEventKind;
  ticket: Ticket;
  position: number | null;
  previousPosition: number | null;
}

/** One logged event with what its subscribers are sent, read once for all of them. */
export type LoggedEvent =
  | { readonly stream: EventStream.QUEUE; readonly version: number; readonly queue: QueueEventPayload }
  | { readonly stream: EventStream.TICKET; readonly version: number; readonly ticket: Ticket }
  | { readonly stream: EventStream.ALERT; readonly version: number; readonly alert: SlaAlert };

export type StreamVersions = Record<EventStream, number>;

export const STREAMS = [EventStream.QUEUE, EventStream.TICKET, EventStream.ALERT] as const;

const TICKET_GRAPH = ['organization', 'assignee', 'contact'] as const;

/** Versions at which each stream stands now: the queue_state counters, in one statement. */
export async function streamHeads(em: EntityManager): Promise<StreamVersions> {
  const [row] = await em.find(QueueState, { id: QUEUE_STATE_ID }, { disableIdentityMap: true });
  return { [EventStream.QUEUE]: Number(row?.version ?? 0), [EventStream.TICKET]: Number(row?.changeVersion ?? 0), [EventStream.ALERT]: Number(row?.alertVersion ?? 0) };
}

/** Rows of every stream past the given versions, oldest first: the live follower's one read per wake-up. */
export function readPast(em: EntityManager, since: StreamVersions, limit: number): Promise<EventLogEntry[]> {
  return em.find(EventLogEntry, { $or: STREAMS.map((stream) => ({ stream, version: { $gt: since[stream] } })) }, { orderBy: { id: 'asc' }, limit });
}

/** One stream's rows in (after, upTo], in version order. */
export function readRange(em: EntityManager, stream: EventStream, after: number, upTo: number, limit: number): Promise<EventLogEntry[]> {
  return em.find(EventLogEntry, { stream, version: { $gt: after, $lte: upTo } }, { orderBy: { version: 'asc' }, limit });
}

/**
 * The subscribers' payloads of some log rows, in row order: the tickets and
 * alerts they name are read in one query per kind. A ticket is sent as it is
 * now (as the live stream always did); a row whose ticket or alert is gone is skipped.
 */
export async function materialize(em: EntityManager, rows: readonly EventLogEntry[]): Promise<LoggedEvent[]> {
  const ticketIds = [...new Set(rows.flatMap((row) => (row.stream !== EventStream.ALERT && row.ticketId !== null ? [row.ticketId] : [])))];
  const alertIds = rows.flatMap((row) => (row.stream === EventStream.ALERT && 'alertId' in row.payload ? [row.payload.alertId] : []));
  const tickets = ticketIds.length > 0 ? await em.find(Ticket, { id: { $in: ticketIds } }, { populate: TICKET_GRAPH }) : [];
  const alerts =
    alertIds.length > 0 ? await em.find(SlaAlert, { id: { $in: alertIds } }, { populate: TICKET_GRAPH.map((p) => `ticket.${p}` as const) }) : [];
  const ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
  // Read after these rows committed, each ticket holds at least its changes among them: its changeVersion (#16).
  for (const row of rows) {
    const ticket = row.stream === EventStream.TICKET && row.ticketId !== null ? ticketById.get(row.ticketId) : undefined;
    if (ticket) tagChangeVersion(ticket, row.version);
  }
  const alertById = new Map(alerts.map((alert) => [alert.id, alert]));
  const events: LoggedEvent[] = [];
  for (const row of rows) {
    if (row.stream === EventStream.ALERT) {
      const alert = 'alertId' in row.payload ? alertById.get(row.payload.alertId) : undefined;
      if (alert) events.push({ stream: EventStream.ALERT, version: row.version, alert });
      continue;
    }
    const ticket = row.ticketId === null ? undefined : ticketById.get(row.ticketId);
    if (!ticket) continue;
    if (row.stream === EventStream.TICKET) {
      events.push({ stream: EventStream.TICKET, version: row.version, ticket });
    } else if ('kind' in row.payload) {
      const { kind, position, previousPosition } = row.payload;
      events.push({ stream: EventStream.QUEUE, version: row.version, queue: { version: row.version, kind: kind as QueueEventKind, ticket, position, previousPosition } });
    }
  }
  return events;
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly firstDelayMs: number;
}

/** Five tries over about 3 s: what a terminated connection or a failover takes to come back. */
export const READ_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 200 };

/**
 * Runs a read again, with doubling pauses, when it fails — a terminated
 * database connection (pg_terminate_backend, a failover) fails the statement
 * but not the next one on a new connection. Reads only: they are safe to
 * repeat. The last failure is thrown, never swallowed.
 */
export async function retried<T>(read: () => Promise<T>, logger: Logger, what: string, policy: RetryPolicy = READ_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= policy.attempts) throw error;
      logger.info(`${what} failed, trying again`, { attempt, message: error instanceof Error ? error.message : String(error) });
      await new Promise((resolve) => setTimeout(resolve, policy.firstDelayMs * 2 ** (attempt - 1)));
    }
  }
}
