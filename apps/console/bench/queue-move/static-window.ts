import type { QueueTicket } from '@/stores/queue';

/** Fixed-height rows: the floor needs no measuring. */
const ROW_PX = 62;
const OVERSCAN = 8;

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function rowHtml(ticket: QueueTicket): string {
  return `<tr class="queue-row queue-row--${ticket.slaState.toLowerCase()}" data-testid="queue-row" style="height: ${ROW_PX}px"><td class="mono">${ticket.number}</td><td><span class="priority-badge priority-badge--p${ticket.priority}">P${ticket.priority}</span></td><td>${ticket.criticality}</td><td>${ticket.supportLevel}</td><td>${escape(ticket.organization.name)}</td><td>${escape(ticket.subject)}</td><td>${escape(ticket.assignee?.fullName ?? '')}</td><td>${ticket.responseDueAt}</td><td><button class="btn btn--small">Взять в работу</button></td></tr>`;
}

/**
 * The baseline's list: the rows in view (plus overscan) of `list` as static
 * markup between two spacers, rebuilt whole on every `render()` and scroll —
 * what any virtualised table must at least do, with no framework, no
 * reactivity, no measuring and no SLA countdowns.
 */
export function mountStaticWindow(root: HTMLElement, list: readonly QueueTicket[]) {
  root.innerHTML =
    '<section class="page"><div class="table-wrap" style="height: 80vh; overflow: auto" id="scroller"><table class="data-table queue-table"><tbody id="rows"></tbody></table></div></section>';
  const body = root.querySelector<HTMLElement>('#rows')!;
  const scroller = root.querySelector<HTMLElement>('#scroller')!;
  const viewport = scroller.clientHeight || 720;

  function render(): void {
    const first = Math.max(0, Math.floor(scroller.scrollTop / ROW_PX) - OVERSCAN);
    const last = Math.min(list.length, Math.ceil((scroller.scrollTop + viewport) / ROW_PX) + OVERSCAN);
    const spacer = (rows: number) => (rows > 0 ? `<tr aria-hidden="true"><td colspan="9" style="height: ${rows * ROW_PX}px"></td></tr>` : '');
    body.innerHTML = spacer(first) + list.slice(first, last).map(rowHtml).join('') + spacer(list.length - last);
  }

  scroller.addEventListener('scroll', render, { passive: true });
  render();
  return {
    render,
    layout: () => void scroller.getBoundingClientRect().height,
    renderedRows: () => body.querySelectorAll('[data-testid="queue-row"]').length,
  };
}
