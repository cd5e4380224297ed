import type { EntityManager } from '@mikro-orm/core';
import type { IsoDate, ProductionCalendar } from '@desk/sla';

/** One committed-to-be edit of the production calendar (SLA-5). */
export interface CalendarChange {
  /** The calendar as it stands after the edit, read in the edit's transaction. */
  readonly calendar: ProductionCalendar;
  /** The days the edit set or cleared. */
  readonly dates: readonly IsoDate[];
  /** Why, in a line: "Calendar override of 2026-03-16 set: day off (Региональный выходной)". */
  readonly summary: string;
  readonly actorId: number | null;
  readonly at: Date;
}

/**
 * What a calendar edit brings about in its own transaction — SLA-5: open
 * BASIC deadlines move with it. The sla module names this port and the
 * composition root plugs the tickets module in, so sla never depends on
 * tickets. Returns what to do once the edit has committed (publish events).
 */
export type CalendarChangeListener = (tx: EntityManager, change: CalendarChange) => Promise<() => void>;
