import type { Criticality, SupportLevel } from '../types.js';

/**
 * SLA-6: criticality outranks the level, so CRITICAL BASIC (P2) is served before
 * NON_CRITICAL EXTENDED (P3).
 */
export function priorityOf(criticality: Criticality, level: SupportLevel): 1 | 2 | 3 | 4 {
  if (criticality !== 'CRITICAL' && criticality !== 'NON_CRITICAL') throw new RangeError(`Unknown criticality ${String(criticality)}`);
  if (level !== 'BASIC' && level !== 'EXTENDED') throw new RangeError(`Unknown support level ${String(level)}`);
  if (criticality === 'CRITICAL') return level === 'EXTENDED' ? 1 : 2;
  return level === 'EXTENDED' ? 3 : 4;
}

export interface QueueOrderKey {
  priority: number;
  responseDueAt: Date;
  receivedAt: Date;
  /** Ticket number: the final tie-break, so the order is total and stable across pages. */
  sequence: number;
}

/** SLA-6 queue order: priority, then response deadline, then arrival, then ticket number; all ascending. */
export function compareQueueOrder(a: QueueOrderKey, b: QueueOrderKey): number {
  return (
    Math.sign(a.priority - b.priority) ||
    Math.sign(a.responseDueAt.getTime() - b.responseDueAt.getTime()) ||
    Math.sign(a.receivedAt.getTime() - b.receivedAt.getTime()) ||
    Math.sign(a.sequence - b.sequence)
  );
}
