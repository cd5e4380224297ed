import type { MikroORM } from '@mikro-orm/core';
import type { QueueEventKind } from '../../entities/queue/queue.enums.js';
import type { CertificateExpiryAlert } from '../../entities/info-services/certificate-expiry-alert.entity.js';
import { SlaAlert } from '../../entities/sla/sla-alert.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import type { DirectoryImportProgressEvent, DomainEvent, EventBus } from '../../infra/events/domain-events.js';
import type { Logger } from '../../infra/logger.js';
import { CertificateAlertCatchUp } from './certificate-alert-catch-up.js';
import { LivePubSub } from './live-pubsub.js';

export interface QueueEventPayload {
  version: number;
  kind: QueueEventKind;
  ticket: Ticket;
  position: number | null;
  previousPosition: number | null;
}

/** Ticket changes of one drained batch, in change-version order: the views' stream reads them once per batch (#13). */
export interface TicketChangeBatch {
  readonly changes: readonly { readonly version: number; readonly ticket: Ticket }[];
}

/** A staff member's bell (#13): a new notification, or some (null: all) read elsewhere. */
export type StaffNotificationSignal = { readonly created: StaffNotification } | { readonly readIds: readonly number[] | null };

export type LiveTopics = {
  QUEUE_CHANGED: [QueueEventPayload];
  TICKET_CHANGES: [TicketChangeBatch];
  STAFF_NOTIFICATION: [userId: string, signal: StaffNotificationSignal];
  SLA_ALERT: [SlaAlert];
  TICKET_UPDATED: [ticketId: string, ticket: Ticket];
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

/**
 * Turns domain events from the bus into GraphQL subscription payloads for this
 * process: each ticket and alert is read once per event, not once per
 * subscriber, and a backlog (a burst of deadlines) is read in one query per
 * entity kind. Events reach the subscribers in bus order. It is the one
 * publisher of this process: certificate expiry alerts travel through it too.
 */
export class LiveHub {
  readonly pubSub = new LivePubSub<LiveTopics>();
  private readonly pending: DomainEvent[] = [];
  private draining: Promise<void> | null = null;
  private readonly unsubscribe: () => void;
  private readonly certificates = new CertificateAlertCatchUp();
  private certificatePoll: NodeJS.Timeout | null = null;

  constructor(
    private readonly orm: MikroORM,
    bus: EventBus,
    private readonly logger: Logger,
    private readonly certificatePollIntervalMs = CERTIFICATE_POLL_INTERVAL_MS,
  ) {
    this.unsubscribe = bus.subscribe((event) => this.receive(event));
  }

  /** Call once the database is migrated: notes which certificate alerts exist already and starts the safety poll. */
  async start(): Promise<void> {
    await this.certificates.start(this.orm.em.fork());
    this.certificatePoll = setInterval(() => {
      if (this.pubSub.subscriberCount('CERTIFICATE_ALERT') > 0) this.receive(LOOK_FOR_CERTIFICATE_ALERTS);
    }, this.certificatePollIntervalMs);
    this.certificatePoll.unref();
  }

  /** Resolves when every event received so far has reached the subscribers. */
  async drained(): Promise<void> {
    while (this.draining) await this.draining;
  }

  close(): void {
    this.unsubscribe();
    if (this.certificatePoll) clearInterval(this.certificatePoll);
  }

  private receive(event: DomainEvent): void {
    this.pending.push(event);
    this.draining ??= this.drain();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0, MAX_BATCH);
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

  private async publish(events: readonly DomainEvent[]): Promise<void> {
    const em = this.orm.em.fork();
    const ticketIds = events.filter((e) => e.type === 'ticket.changed').map((e) => e.ticketId);
    const alertIds = events.flatMap((e) => (e.type === 'sla.alert' ? [e.alertId] : []));
    const tickets = ticketIds.length > 0 ? await em.find(Ticket, { id: { $in: ticketIds } }, { populate: TICKET_GRAPH }) : [];
    const alerts =
      alertIds.length > 0 ? await em.find(SlaAlert, { id: { $in: alertIds } }, { populate: TICKET_GRAPH.map((p) => `ticket.${p}` as const) }) : [];
    const certificateAlerts = events.some((e) => e.type === 'certificate.alert') ? await this.certificates.unpublished(em) : [];
    const notificationIds = events.flatMap((e) => (e.type === 'staff.notification' ? e.notificationIds : []));
    const notifications =
      notificationIds.length > 0 ? await em.find(StaffNotification, { id: { $in: [...notificationIds] } }, { orderBy: { id: 'asc' }, populate: ['ticket'] }) : [];
    const changes: { version: number; ticket: Ticket }[] = [];
    const ticketById = new Map(tickets.map((ticket) => [ticket.id, ticket]));
    const alertById = new Map(alerts.map((alert) => [alert.id, alert]));
    for (const event of events) {
      if (event.type === 'ticket.changed') {
        const ticket = ticketById.get(event.ticketId);
        if (!ticket) continue;
        if (event.queue) this.pubSub.publish('QUEUE_CHANGED', { ...event.queue, ticket });
        this.pubSub.publish('TICKET_UPDATED', String(ticket.id), ticket);
        if (event.change !== undefined) changes.push({ version: event.change, ticket });
      } else if (event.type === 'sla.alert') {
        const alert = alertById.get(event.alertId);
        if (alert) this.pubSub.publish('SLA_ALERT', alert);
        else this.logger.error('alert event for a missing alert', event);
      }
    }
    for (const alert of certificateAlerts) this.pubSub.publish('CERTIFICATE_ALERT', alert);
    if (changes.length > 0) this.pubSub.publish('TICKET_CHANGES', { changes: changes.sort((a, b) => a.version - b.version) });
    for (const notification of notifications) this.pubSub.publish('STAFF_NOTIFICATION', String(notification.user.id), { created: notification });
    for (const event of events) {
      if (event.type === 'staff.notifications.read') this.pubSub.publish('STAFF_NOTIFICATION', String(event.userId), { readIds: event.notificationIds });
      if (event.type === 'directory.import.progress') this.pubSub.publish('DIRECTORY_IMPORT_PROGRESS', `${event.userId}:${event.importId}`, event);
    }
  }
}
