import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { CertificateExpiryAlert } from '../../entities/info-services/certificate-expiry-alert.entity.js';
import { EventLogEntry } from '../../entities/realtime/event-log-entry.entity.js';
import type { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import type { DirectoryImportProgressEvent, DomainEvent, EventBus } from '../../infra/events/domain-events.js';
import type { Logger } from '../../infra/logger.js';
import { CertificateAlertCatchUp } from './certificate-alert-catch-up.js';
import { latestChangeVersions, tagChangeVersion } from './change-versions.js';
import {
  EventStream,
  materialize,
  READ_RETRY,
  readPast,
  retried,
  STREAMS,
  streamHeads,
  type LoggedEvent,
  type QueueEventPayload,
  type RetryPolicy,
  type StreamVersions,
} from './event-log-reader.js';
import { LivePubSub, type LiveSubscription } from './live-pubsub.js';
import { resumeStream } from './resume.js';

export type { QueueEventPayload };

/** Ticket changes of one drained batch, in change-version order: the views' stream reads them once per batch (#13). */
export interface TicketChangeBatch {
  readonly changes: readonly { readonly version: number; readonly ticket: Ticket }[];
}

/** One ticketUpdated payload: the ticket as read (tagged with its changeVersion) and the version of the change, if any. */
export interface TicketUpdate {
  readonly ticket: Ticket;
  readonly change: number | null;
}

/** A staff member's bell (#13): a new notification, or some (null: all) read elsewhere. */
export type StaffNotificationSignal = { readonly created: StaffNotification } | { readonly readIds: readonly number[] | null };

export type LiveTopics = {
  QUEUE_CHANGED: [QueueEventPayload];
  TICKET_CHANGES: [TicketChangeBatch];
  STAFF_NOTIFICATION: [userId: string, signal: StaffNotificationSignal];
  SLA_ALERT: [SlaAlert];
  /** `change`: the TICKET-stream version this update is for; null on a mere "look again" (#16). */
  TICKET_UPDATED: [ticketId: string, update: TicketUpdate];
  CERTIFICATE_ALERT: [CertificateExpiryAlert];
  /** Keyed `userId:importId`: only the admin running the import hears it. */
  DIRECTORY_IMPORT_PROGRESS: [userAndImportId: string, progress: DirectoryImportProgressEvent];
};

/**
 * How often a process with certificate alert subscribers looks for alerts
 * anyway: the bus says "look now", but Redis pub/sub is at-most-once, and a
 * missed word must only make an alert late, never lost.
 */
export const CERTIFICATE_POLL_INTERVAL_MS = 30_000;

const TICKET_GRAPH = ['organization', 'assignee', 'contact'] as const;
/** The safety poll's word to LiveHub itself: read the certificate alerts raised since the last look. */
const LOOK_FOR_CERTIFICATE_ALERTS: DomainEvent = { type: 'certificate.alert', alertId: 0 };
// Bounds one re-read's IN list and keeps the first of a burst from waiting for the last.
const MAX_BATCH = 500;

export interface LiveHubOptions {
  /** How often the log is read with no word from the bus (Redis down, a message lost). */
  readonly logPollIntervalMs?: number;
  /** How long a version may stay missing while later ones are in the log before it is skipped (never, by the queue lock; a guard). */
  readonly gapGiveUpMs?: number;
  /** EVENT_LOG_RETENTION_HOURS: older log rows are deleted; a resume point before them answers RESET. */
  readonly retentionHours?: number;
  readonly retry?: RetryPolicy;
}

/** One look a second: a lost wake-up makes an event at most this late. */
export const LOG_POLL_INTERVAL_MS = 1_000;
/** A version missing this long after a later one is readable: wait this long for it first. */
const GAP_RECHECK_MS = 200;
const PRUNE_INTERVAL_MS = 3_600_000;

/**
 * Turns domain events into GraphQL subscription payloads for this process.
 * Versioned events — queue moves, ticket changes, SLA alerts (#16) — come from
 * the event log, not the bus: a bus message (or the one-second poll) only says
 * "read the log", and the follower reads every stream past the versions it has
 * published, in version order, retried on a connection error. So Redis losing a
 * message, a terminated database connection or two processes publishing out of
 * order make an event late, never lost, doubled or reordered. Each ticket and
 * alert is read once per batch, not once per subscriber. Unversioned events
 * (a "look again" at a ticket, bells, certificate alerts, import progress) still
 * travel on the bus. It is the one publisher of this process.
 */
export class LiveHub {
  readonly pubSub = new LivePubSub<LiveTopics>();
  private readonly pending: DomainEvent[] = [];
  private draining: Promise<void> | null = null;
  private readonly unsubscribe: () => void;
  private readonly certificates = new CertificateAlertCatchUp();
  private readonly timers: NodeJS.Timeout[] = [];
  /** Per stream, the version up to which this process's subscribers have been sent everything; null until started. */
  private published: StreamVersions | null = null;
  private readLog = false;
  private recheck: NodeJS.Timeout | null = null;
  /** Since when a stream has had a later version readable than the next one it needs. */
  private readonly gapSince = new Map<EventStream, number>();
  private readonly options: Required<LiveHubOptions>;

  constructor(
    private readonly orm: MikroORM,
    bus: EventBus,
    private readonly logger: Logger,
    private readonly certificatePollIntervalMs = CERTIFICATE_POLL_INTERVAL_MS,
    options: LiveHubOptions = {},
  ) {
    this.options = { logPollIntervalMs: LOG_POLL_INTERVAL_MS, gapGiveUpMs: 5_000, retentionHours: 72, retry: READ_RETRY, ...options };
    this.unsubscribe = bus.subscribe((event) => this.receive(event));
  }

  /** Call once the database is migrated: notes where the log and the certificate alerts stand, and starts the polls. */
  async start(): Promise<void> {
    await this.certificates.start(this.orm.em.fork());
    this.published = await retried(() => streamHeads(this.orm.em.fork()), this.logger, 'reading the event versions', this.options.retry);
    this.every(this.certificatePollIntervalMs, () => {
      if (this.pubSub.subscriberCount('CERTIFICATE_ALERT') > 0) this.receive(LOOK_FOR_CERTIFICATE_ALERTS);
    });
    this.every(this.options.logPollIntervalMs, () => this.wakeLog());
    this.every(PRUNE_INTERVAL_MS, () => void this.prune());
    void this.prune();
  }

  /**
   * Subscribes to one versioned stream: with `after`, first what the log holds
   * after it (up to what this process has published), then live, with no gap
   * and nothing twice (#16). RESET (ResumeReset) when the log cannot answer.
   */
  resume(stream: EventStream.QUEUE, after: number | null): Promise<AsyncIterableIterator<QueueEventPayload>>;
  resume(stream: EventStream.ALERT, after: number | null): Promise<AsyncIterableIterator<SlaAlert>>;
  resume(stream: EventStream.QUEUE | EventStream.ALERT, after: number | null): Promise<AsyncIterableIterator<QueueEventPayload | SlaAlert>> {
    const live: LiveSubscription<QueueEventPayload | SlaAlert> =
      stream === EventStream.QUEUE ? this.pubSub.subscribe('QUEUE_CHANGED') : this.pubSub.subscribe('SLA_ALERT');
    if (after === null) return Promise.resolve(live);
    // Taken in the same step as the live subscription: every version above it reaches `live`, every one up to it is in the log.
    const publishedUpTo = this.published?.[stream] ?? 0;
    return resumeStream({ orm: this.orm, logger: this.logger, retry: this.options.retry }, stream, after, publishedUpTo, live);
  }

  /** Where each stream stands in the cluster now (retried like every log read). */
  currentVersions(): Promise<StreamVersions> {
    return retried(() => streamHeads(this.orm.em.fork()), this.logger, 'reading the event versions', this.options.retry);
  }

  /** Resolves when every event received so far has reached the subscribers. */
  async drained(): Promise<void> {
    while (this.draining) await this.draining;
  }

  close(): void {
    this.unsubscribe();
    for (const timer of this.timers) clearInterval(timer);
    if (this.recheck) clearTimeout(this.recheck);
  }

  private every(ms: number, run: () => void): void {
    const timer = setInterval(run, ms);
    timer.unref();
    this.timers.push(timer);
  }

  private receive(event: DomainEvent): void {
    // Versioned events are in the log: the bus message only says "read it now".
    if ((event.type === 'ticket.changed' && (event.change !== undefined || event.numberedInLog)) || event.type === 'sla.alert') return this.wakeLog();
    this.pending.push(event);
    this.draining ??= this.drain();
  }

  private wakeLog(): void {
    if (this.published === null) return;
    this.readLog = true;
    this.draining ??= this.drain();
  }

  /** Reads the log again in a moment: after a failed read, or to give a missing version time to appear. */
  private wakeLogSoon(ms: number): void {
    if (this.recheck) return;
    this.recheck = setTimeout(() => {
      this.recheck = null;
      this.wakeLog();
    }, ms);
    this.recheck.unref();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0 || this.readLog) {
        if (this.readLog) {
          this.readLog = false;
          await this.followLog();
        }
        const batch = this.pending.splice(0, MAX_BATCH);
        if (batch.length === 0) continue;
        try {
          await this.publish(batch);
        } catch (error) {
          this.logger.error('live events failed', error);
        }
      }
    } finally {
      // In the very step that saw the queue empty: an event arriving after it starts a new drain.
      this.draining = null;
    }
  }

  /**
   * Publishes what the log holds past this process's versions, each stream in
   * version order and only up to its first missing version. A failed read
   * (after its retries) is logged and read again shortly: the versions stay
   * unpublished, so the next read fills the gap.
   */
  private async followLog(): Promise<void> {
    const published = this.published!;
    let rows: EventLogEntry[];
    let events: LoggedEvent[];
    try {
      rows = await retried(() => readPast(this.orm.em.fork(), published, MAX_BATCH), this.logger, 'reading the event log', this.options.retry);
      const deliverable = this.contiguous(rows, published);
      events = await retried(() => materialize(this.orm.em.fork(), deliverable), this.logger, 'reading live events', this.options.retry);
      rows = deliverable;
    } catch (error) {
      this.logger.error('live events failed: reading the event log again shortly', error);
      this.wakeLogSoon(1_000);
      return;
    }
    const changes: { version: number; ticket: Ticket }[] = [];
    for (const event of events) {
      if (event.stream === EventStream.QUEUE) this.pubSub.publish('QUEUE_CHANGED', event.queue);
      else if (event.stream === EventStream.ALERT) this.pubSub.publish('SLA_ALERT', event.alert);
      else {
        this.pubSub.publish('TICKET_UPDATED', String(event.ticket.id), { ticket: event.ticket, change: event.version });
        changes.push({ version: event.version, ticket: event.ticket });
      }
    }
    if (changes.length > 0) this.pubSub.publish('TICKET_CHANGES', { changes });
    for (const row of rows) published[row.stream] = Math.max(published[row.stream], row.version);
    if (rows.length >= MAX_BATCH) this.readLog = true;
  }

  /**
   * The rows that continue each stream without a hole. The queue lock makes
   * versions commit in order, so a hole means a bug or an operator's hand:
   * wait for it a moment, then skip it, loudly, rather than stall the stream.
   */
  private contiguous(rows: readonly EventLogEntry[], published: StreamVersions): EventLogEntry[] {
    const next = { ...published };
    const blocked = new Set<EventStream>();
    const out: EventLogEntry[] = [];
    for (const row of rows) {
      if (blocked.has(row.stream)) continue;
      if (row.version === next[row.stream] + 1 || this.gapOverdue(row.stream)) {
        if (row.version !== next[row.stream] + 1) this.logger.error('event log: versions skipped', { stream: row.stream, from: next[row.stream] + 1, to: row.version - 1 });
        this.gapSince.delete(row.stream);
        next[row.stream] = row.version;
        out.push(row);
      } else {
        blocked.add(row.stream);
        if (!this.gapSince.has(row.stream)) this.gapSince.set(row.stream, Date.now());
        this.wakeLogSoon(GAP_RECHECK_MS);
      }
    }
    for (const stream of STREAMS) if (!blocked.has(stream)) this.gapSince.delete(stream);
    return out;
  }

  private gapOverdue(stream: EventStream): boolean {
    const since = this.gapSince.get(stream);
    return since !== undefined && Date.now() - since >= this.options.gapGiveUpMs;
  }

  /** Deletes log rows past their retention; a failure only leaves them for the next hour. */
  private async prune(): Promise<void> {
    const before = new Date(Date.now() - this.options.retentionHours * 3_600_000);
    try {
      await this.orm.em.fork().nativeDelete(EventLogEntry, { createdAt: { $lt: before } });
    } catch (error) {
      this.logger.error('event log pruning failed', error);
    }
  }

  /** A failed read leaves the tickets untagged (Ticket.changeVersion then reads the log itself): a "look again" is not held up for it. */
  private async changeVersionsOrNone(em: EntityManager, ticketIds: readonly number[]): Promise<Map<number, number>> {
    try {
      return await latestChangeVersions(em, ticketIds);
    } catch (error) {
      this.logger.info('reading change versions failed', { message: error instanceof Error ? error.message : String(error) });
      return new Map();
    }
  }

  /** The unversioned events: ticket "look again", certificate alerts, bells, import progress. */
  private async publish(events: readonly DomainEvent[]): Promise<void> {
    const em = this.orm.em.fork();
    const ticketIds = events.filter((e) => e.type === 'ticket.changed').map((e) => e.ticketId);
    // Versions before state: the changeVersion a "look again" shows never claims a change its fields lack (#16).
    const versions = ticketIds.length > 0 ? await this.changeVersionsOrNone(em, ticketIds) : new Map<number, number>();
    const tickets = ticketIds.length > 0 ? await em.find(Ticket, { id: { $in: ticketIds } }, { populate: TICKET_GRAPH }) : [];
    for (const ticket of tickets) tagChangeVersion(ticket, versions.get(ticket.id));
    const certificateAlerts = events.some((e) => e.type === 'certificate.alert') ? await this.certificates.unpublished(em) : [];
    const notificationIds = events.flatMap((e) => (e.type === 'staff.notification' ? e.notificationIds : []));
    const notifications =
      notificationIds.length > 0 ? await em.find(StaffNotification, { id: { $in: [...notificationIds] } }, { orderBy: { id: 'asc' }, populate: ['ticket'] }) : [];
    const ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    for (const event of events) {
      const ticket = event.type === 'ticket.changed' ? ticketById.get(event.ticketId) : undefined;
      if (ticket) this.pubSub.publish('TICKET_UPDATED', String(ticket.id), { ticket, change: null });
    }
    for (const alert of certificateAlerts) this.pubSub.publish('CERTIFICATE_ALERT', alert);
    for (const notification of notifications) this.pubSub.publish('STAFF_NOTIFICATION', String(notification.user.id), { created: notification });
    for (const event of events) {
      if (event.type === 'staff.notifications.read') this.pubSub.publish('STAFF_NOTIFICATION', String(event.userId), { readIds: event.notificationIds });
      if (event.type === 'directory.import.progress') this.pubSub.publish('DIRECTORY_IMPORT_PROGRESS', `${event.userId}:${event.importId}`, event);
    }
  }
}
