import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/vue-virtual';
import { computed, onMounted, ref, toRaw, type ComponentPublicInstance, type Ref } from 'vue';
import type { QueueTicket } from '@/stores/queue';

/** A row with the three-line SLA countdown; measured rows replace the estimate. */
const ROW_ESTIMATE_PX = 62;
/** Rows rendered beyond the visible ones, so a fast scroll or a move never shows a gap. */
const OVERSCAN = 8;

function viewportFallback(): number {
  return Math.max(320, globalThis.innerHeight || 800);
}

/** Before layout (and in test DOMs without one) the scroller measures 0: assume a screenful instead of rendering nothing. */
function observeScrollerRect(instance: Virtualizer<HTMLElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: viewportFallback() }));
}

/**
 * Row heights come from the ResizeObserver only (after layout, before paint).
 * Reading them synchronously while Vue patches the rows forced one layout per
 * new row and made fast scrolling through 1 000 tickets stutter.
 */
function measureRow(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<HTMLElement, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const key = instance.options.getItemKey(instance.indexFromElement(element));
  return instance.itemSizeCache.get(key) ?? ROW_ESTIMATE_PX;
}

/**
 * The queue table as a window over `rows`: only the rows in view (plus
 * overscan) are in the DOM, so 1 000 queued tickets stay smooth. Bind
 * `scroller` and `thead`, render `windowRows` between the two paddings and
 * give each row element to `placeRow`.
 */
export function useQueueWindow(rows: Ref<readonly QueueTicket[]>) {
  const scroller = ref<HTMLElement | null>(null);
  const thead = ref<HTMLElement | null>(null);
  const headerHeight = ref(36);

  const virtualizer = useVirtualizer<HTMLElement, Element>(
    computed(() => {
      // Keys are read for every row whenever the list changes: from the raw rows, not through 1 000 reactive reads.
      const raw = toRaw(rows.value);
      return {
        count: rows.value.length,
        getScrollElement: () => scroller.value,
        estimateSize: () => ROW_ESTIMATE_PX,
        getItemKey: (index: number) => raw[index]?.id ?? index,
        overscan: OVERSCAN,
        scrollMargin: headerHeight.value,
        scrollPaddingStart: headerHeight.value,
        initialRect: { width: 0, height: viewportFallback() },
        observeElementRect: observeScrollerRect,
        measureElement: measureRow,
      };
    }),
  );

  const windowRows = computed(() => {
    const list = rows.value;
    return virtualizer.value
      .getVirtualItems()
      .map((item) => ({ item, ticket: list[item.index] }))
      .filter((entry): entry is { item: (typeof entry)['item']; ticket: QueueTicket } => entry.ticket !== undefined);
  });
  const paddingTop = computed(() => {
    const first = windowRows.value[0];
    return first ? Math.max(0, first.item.start - headerHeight.value) : 0;
  });
  const paddingBottom = computed(() => {
    const last = windowRows.value.at(-1);
    return last ? Math.max(0, virtualizer.value.getTotalSize() - last.item.end) : 0;
  });

  /**
   * The row's place goes onto its element here rather than through props: a
   * ticket moving up shifts every row below it, and as props that would
   * re-render them all, when only their position changed.
   */
  function placeRow(element: Element | ComponentPublicInstance | null, index: number): void {
    const node = element && '$el' in element ? (element.$el as Element) : element;
    if (!(node instanceof Element)) return;
    node.setAttribute('data-index', String(index));
    node.setAttribute('aria-rowindex', String(index + 2));
    if (node.isConnected) virtualizer.value.measureElement(node);
  }

  onMounted(() => {
    if (thead.value && thead.value.offsetHeight > 0) headerHeight.value = thead.value.offsetHeight;
  });

  return { scroller, thead, virtualizer, windowRows, paddingTop, paddingBottom, placeRow };
}
