import type { EntityManager } from '@mikro-orm/core';

/** One thing due at an instant: an SLA alert, an auto-close, a certificate reminder. */
export interface DueItem {
  readonly id: number;
  readonly dueAt: Date;
}

/**
 * A kind of durable deadline kept in the database. `fire` must be idempotent
 * across processes (a conditional update is the claim), because every process
 * sweeps every source. It gets a whole batch so a source can claim it at once.
 */
export interface DeadlineSource {
  readonly name: string;
  /** The earliest deadline still armed, or null. */
  nearest(em: EntityManager): Promise<Date | null>;
  /** Items due at `now`, earliest first, at most `limit`. */
  due(em: EntityManager, now: Date, limit: number): Promise<DueItem[]>;
  fire(items: readonly DueItem[]): Promise<void>;
}
