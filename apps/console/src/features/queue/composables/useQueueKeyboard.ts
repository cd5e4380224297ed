import { onBeforeUnmount, onMounted, ref, toRaw, watch, type Ref } from 'vue';

interface Row {
  id: string;
}

export interface QueueKeyboardOptions<T extends Row> {
  rows: Ref<readonly T[]>;
  open: (row: T) => void;
  start: (row: T) => void;
  /** Called after the selection moved by key, to bring the row into view. */
  reveal?: (index: number) => void;
}

const TYPING = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';
/** Enter on these already does something of its own. */
const ACTIVATES = 'a[href], button, summary, [role="button"], [role="link"]';

/** Keys typed into a field, or chorded with a modifier, belong to someone else. */
export function isForeignKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target;
  return target instanceof Element && (target.closest(TYPING) !== null || (target as HTMLElement).isContentEditable === true);
}

/**
 * Gmail-style keys for the queue: j/k move the selection, Enter opens the
 * selected ticket, s starts work on it, ? shows the help. The selection
 * follows the ticket (by id) while the live queue reorders around it; when the
 * ticket leaves, the one that took its place is selected.
 */
export function useQueueKeyboard<T extends Row>(options: QueueKeyboardOptions<T>) {
  const selectedId = ref<string | null>(null);
  const helpOpen = ref(false);
  let lastIndex = -1;

  function indexOfSelected(): number {
    return selectedId.value === null ? -1 : options.rows.value.findIndex((row) => row.id === selectedId.value);
  }

  function select(index: number, reveal = true): void {
    const rows = options.rows.value;
    if (rows.length === 0) {
      selectedId.value = null;
      lastIndex = -1;
      return;
    }
    const clamped = Math.max(0, Math.min(index, rows.length - 1));
    selectedId.value = rows[clamped]?.id ?? null;
    lastIndex = clamped;
    if (reveal) options.reveal?.(clamped);
  }

  function selectId(id: string): void {
    const index = options.rows.value.findIndex((row) => row.id === id);
    if (index >= 0) select(index, false);
  }

  function move(delta: number): void {
    const current = indexOfSelected();
    select(current < 0 ? (delta > 0 ? 0 : options.rows.value.length - 1) : current + delta);
  }

  /**
   * Where the selected ticket is now. The live queue splices its rows in place,
   * so the array's length is what changes; the search itself runs over the raw
   * rows, since 1 000 reactive reads per queue event are what a frame can't afford.
   */
  function selectedPosition(): { index: number; length: number } | null {
    const rows = options.rows.value;
    const length = rows.length;
    if (selectedId.value === null) return null;
    const id = selectedId.value;
    return { index: toRaw(rows).findIndex((row) => row.id === id), length };
  }

  watch(selectedPosition, (position) => {
    if (position === null) return;
    if (position.index >= 0) lastIndex = position.index;
    else if (position.length > 0) select(Math.min(lastIndex, position.length - 1), false);
    else select(-1, false);
  });

  function onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && helpOpen.value) {
      helpOpen.value = false;
      event.preventDefault();
      return;
    }
    if (isForeignKey(event)) return;
    const selected = options.rows.value[indexOfSelected()];
    switch (event.key) {
      case 'j':
      case 'о': // the same key on a Russian layout
        move(1);
        break;
      case 'k':
      case 'л':
        move(-1);
        break;
      case 'Enter':
        if (!selected || (event.target instanceof Element && event.target.closest(ACTIVATES))) return;
        options.open(selected);
        break;
      case 's':
      case 'ы':
        if (!selected) return;
        options.start(selected);
        break;
      case '?':
        helpOpen.value = !helpOpen.value;
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  onMounted(() => document.addEventListener('keydown', onKeydown));
  onBeforeUnmount(() => document.removeEventListener('keydown', onKeydown));

  return { selectedId, helpOpen, select, selectId, move, onKeydown };
}
