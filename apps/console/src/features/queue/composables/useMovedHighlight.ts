import { watch, type Ref } from 'vue';
import type { PlacedTicket } from '@/stores/queue';

/** Long enough to catch the eye on a glance back at the queue, short enough not to linger at 20 moves a second. */
export const MOVED_HIGHLIGHT_MS = 1600;
const HIGHLIGHT_KEYFRAMES: Keyframe[] = [{ backgroundColor: 'var(--c-moved)' }, {}];

/**
 * Marks the row of the ticket the live queue just placed (moved, added,
 * updated) with a fading tint, if that row is on screen; `data-moved` names
 * the event's kind until the tint has faded.
 *
 * It replaces a FLIP slide of every row (TransitionGroup), which read each
 * row's box before and after every patch: two or three forced layouts of the
 * table per event, the largest share of the page's time under a stream of 20
 * moves a second (#17, docs/bench/console.md). A Web Animations tint restarts
 * on each move of the same ticket and costs no re-render and no forced layout.
 */
export function useMovedHighlight(scroller: Ref<HTMLElement | null>, placed: Ref<PlacedTicket | null>) {
  /** The version each row was last marked for: an earlier mark's timer must not clear a later one. */
  const markedAt = new WeakMap<HTMLElement, number>();

  watch(
    placed,
    (ticket) => {
      if (!ticket || !scroller.value) return;
      const rows = scroller.value.querySelectorAll<HTMLTableRowElement>('tr[data-ticket-id]');
      const row = [...rows].find((candidate) => candidate.dataset.ticketId === ticket.ticketId);
      if (!row) return;
      row.dataset.moved = ticket.kind.toLowerCase();
      markedAt.set(row, ticket.version);
      for (const cell of row.cells) cell.animate?.(HIGHLIGHT_KEYFRAMES, { duration: MOVED_HIGHLIGHT_MS, easing: 'ease-out' });
      setTimeout(() => {
        if (markedAt.get(row) === ticket.version) delete row.dataset.moved;
      }, MOVED_HIGHLIGHT_MS);
    },
    { flush: 'post' },
  );
}
