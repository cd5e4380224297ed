import { watch, type Ref } from 'vue';
import type { PlacedTicket } from '@/stores/queue';

/** Long enough to catch the eye on a glance back at the queue, short enough not to pile up at 20 moves a second. */
export const MOVED_HIGHLIGHT_MS = 1500;

/**
 * Marks the row of the ticket the live queue just placed (moved, added,
 * updated), if that row is on screen: `data-moved` names the event's kind
 * for MOVED_HIGHLIGHT_MS, and queue-page.css tints the row meanwhile.
 *
 * It replaces a FLIP slide of every row (TransitionGroup), which read each
 * row's box before and after every patch: two or three forced layouts of the
 * table per event, the largest share of the page's time under a stream of 20
 * moves a second (#17, docs/bench/console.md). The tint is on, then off: a
 * fade (Web Animations on the cells' background, or on an overlay's opacity)
 * restyled and repainted every tinted row on every frame, which doubled the
 * page's CPU per event and dropped frames the baseline did not.
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
      setTimeout(() => {
        if (markedAt.get(row) === ticket.version) delete row.dataset.moved;
      }, MOVED_HIGHLIGHT_MS);
    },
    { flush: 'post' },
  );
}
