import { TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { TimelineEntry } from '../../entities/tickets/timeline-entry.entity.js';

/** The fields of a timeline line the API shows. */
export type TimelineLine = Pick<TimelineEntry, 'id' | 'kind' | 'at' | 'summary' | 'internal' | 'data'>;

/**
 * What a customer or partner reads of a timeline line (#15 finding 11, SECURITY.md): that the ticket
 * was escalated and to which level — every escalation is on the timeline (TKT-9) — but not the
 * reason staff gave, which is their assessment, written for the team like an internal note (TKT-6).
 */
export function asSeenByCustomer(entry: TimelineEntry): TimelineLine {
  if (entry.kind !== TimelineKind.ESCALATED) return entry;
  const level = typeof entry.data?.level === 'number' ? entry.data.level : null;
  return { id: entry.id, kind: entry.kind, at: entry.at, internal: entry.internal, summary: `Escalated to level ${level}`, data: { level } };
}
