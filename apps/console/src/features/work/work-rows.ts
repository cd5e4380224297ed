import type { MyWorkSubscription } from './graphql/myWork.api';

export type WorkEvent = MyWorkSubscription['myWork'];
export type WorkRow = NonNullable<WorkEvent['ticket']>;

/** What the open view shows: its first rows, in its order, and the version they reflect. */
export interface WorkState {
  rows: WorkRow[];
  version: number;
  totalCount: number;
  counts: Record<string, number>;
}

/** "gap": a version was skipped (an event was lost): resubscribe for a fresh snapshot. */
export type ApplyResult = 'applied' | 'stale' | 'gap';

/**
 * Applies one myWork event (#13) the way the queue applies queueChanged: by
 * ticket id at the position the server sends (never re-sorting here); a
 * version at or below the last is old news, one not exactly the next is a gap.
 */
export function applyWorkEvent(state: WorkState, event: WorkEvent, first: number): ApplyResult {
  if (event.kind === 'SNAPSHOT') {
    state.rows = [...(event.rows ?? [])];
    state.version = event.version;
    state.totalCount = event.totalCount ?? state.rows.length;
    state.counts = countsOf(event);
    return 'applied';
  }
  if (event.version <= state.version) return 'stale';
  if (event.version !== state.version + 1) return 'gap';
  state.version = event.version;
  state.counts = countsOf(event);
  const ticket = event.ticket;
  if (ticket) {
    const rows = state.rows.filter((row) => row.id !== ticket.id);
    if (event.position !== null && event.position !== undefined && event.position < first) rows.splice(Math.min(event.position, rows.length), 0, ticket);
    state.rows = rows.slice(0, first);
  }
  return 'applied';
}

function countsOf(event: WorkEvent): Record<string, number> {
  return Object.fromEntries(event.counts.map((c) => [c.viewId, c.count]));
}
