import { BigIntType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

/** The versioned streams of the event log; each has its own cluster-wide counter in queue_state. */
export enum EventStream {
  /** queueChanged: queue_state.version. */
  QUEUE = 'QUEUE',
  /** ticketUpdated and the views' stream: queue_state.change_version. */
  TICKET = 'TICKET',
  /** slaAlert: queue_state.alert_version. */
  ALERT = 'ALERT',
}

/** What a QUEUE row remembers of the move; TICKET rows carry nothing more, ALERT rows the alert's id. */
export type EventLogPayload =
  | { readonly kind: string; readonly position: number | null; readonly previousPosition: number | null }
  | { readonly alertId: number }
  | Record<string, never>;

/**
 * One event as committed (#16), written in the transaction of its change under
 * the queue lock: per stream, versions are gap-free in commit order, so a
 * reader that sees version n has seen every version before it.
 */
@Entity({ tableName: 'event_log' })
export class EventLogEntry {
  @PrimaryKey()
  id!: number;

  @Enum({ items: () => EventStream, columnType: 'varchar(16)' })
  stream!: EventStream;

  @Property({ type: new BigIntType('number') })
  version!: number;

  @Property({ type: 'integer', nullable: true })
  ticketId!: number | null;

  /** Whose ticket: what a replay to a customer or partner would filter on. */
  @Property({ type: 'integer', nullable: true })
  organizationId!: number | null;

  @Property({ type: 'json' })
  payload!: EventLogPayload;

  /** Wall time, not the business clock: retention (EVENT_LOG_RETENTION_HOURS) is about storage age. */
  @Property()
  createdAt!: Date;
}
