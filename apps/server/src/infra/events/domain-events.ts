import type { QueueEventKind } from '../../entities/queue/queue.enums.js';
import type { SlaAlertKind } from '../../entities/sla/sla.enums.js';

/** Where a change left a ticket in the queue (SLA-6), in the cluster-wide version order. */
export interface QueueMove {
  readonly version: number;
  readonly kind: QueueEventKind;
  readonly position: number | null;
  readonly previousPosition: number | null;
}

/** What a ClusterCopy holds: LVL-2 service hours; the webhook endpoints and whose tickets each may hear of (#18). */
export type CopyTopic = 'service-hours' | 'webhook-audiences';

/**
 * What crosses process boundaries: small, JSON-safe facts (ids, ISO strings).
 * Each process re-reads what it needs once, not once per subscriber.
 */
export type DomainEvent =
  /**
   * `change`: the cluster-wide version of this ticket change (every change through the tickets module's
   * write path has one; the views' stream numbers its events with it). `numberedInLog`: PostgreSQL numbered
   * it at COMMIT (a new ticket, #17), so `queue` and `change` are in the event log only. Neither: a mere "look again".
   */
  | {
      readonly type: 'ticket.changed';
      readonly ticketId: number;
      readonly queue: QueueMove | null;
      readonly change?: number;
      readonly numberedInLog?: true;
    }
  | {
      readonly type: 'sla.alert';
      readonly alertId: number;
      readonly ticketId: number;
      readonly kind: SlaAlertKind;
      readonly dueAt: string;
      readonly raisedAt: string;
    }
  /** Staff notifications written for these users (#13): their bells and the off-app dispatcher look now. */
  | { readonly type: 'staff.notification'; readonly notificationIds: readonly number[] }
  /** A staff member read notifications (null: all) in one tab: their other tabs and devices follow. */
  | { readonly type: 'staff.notifications.read'; readonly userId: number; readonly notificationIds: readonly number[] | null }
  /**
   * Outbox messages were queued: a webhook test event or re-send (#18), or a ticket change's webhook messages.
   * Dispatchers look now; the webhook dispatcher looks only then (not at every ticket change).
   */
  | { readonly type: 'outbox.queued' }
  /** Settings every process keeps a copy of changed (#17, ClusterCopy): every process drops its copy. */
  | { readonly type: 'copy.changed'; readonly topic: CopyTopic }
  /** SVC-3: a certificate expiry alert was raised (the row is the truth; this only says "look now"). */
  | { readonly type: 'certificate.alert'; readonly alertId: number }
  /**
   * #12: a user's access changed (deactivated, role changed, new password) or an API token was revoked:
   * every process forgets the cached identity and closes its open sockets (4403).
   */
  | { readonly type: 'access.revoked'; readonly userId: number | null; readonly apiTokenId: number | null }
  /** #12: how far an admin's directory import has got, for their progress bar on whichever process holds their socket. */
  | DirectoryImportProgressEvent;

export interface DirectoryImportProgressEvent {
  readonly type: 'directory.import.progress';
  /** Chosen by the importing client. */
  readonly importId: string;
  /** Only the admin who runs the import sees its progress. */
  readonly userId: number;
  readonly phase: 'READING' | 'CHECKING' | 'WRITING' | 'DONE';
  readonly done: number;
  readonly total: number;
}

export type DomainEventListener = (event: DomainEvent) => void;

/** Carries domain events to every server process (ARCHITECTURE "Events across processes"). */
export interface EventBus {
  /** Delivers to this process's listeners at once and to other processes as soon as the transport can. */
  publish(event: DomainEvent): void;
  subscribe(listener: DomainEventListener): () => void;
  close(): Promise<void>;
}

/** The listeners of one process; both bus implementations deliver locally through it. */
export class LocalListeners {
  private readonly listeners = new Set<DomainEventListener>();

  constructor(private readonly onListenerError: (error: unknown) => void) {}

  add(listener: DomainEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  deliver(event: DomainEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
