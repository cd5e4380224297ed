import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import type { QueueTicketFragment } from './graphql/queueTicket.api';
import type { QueueEvent } from './queue-event';

export type QueueTicket = QueueTicketFragment;

export interface QueueSnapshot {
  /** The first page of the queue, already in SLA-6 order. */
  rows: QueueTicket[];
  /** All tickets in the queue, including those past the loaded page. */
  totalCount: number;
  /**
   * The queueChanged version the page reflects (read before the page, so a
   * later event may already be in it; placement by id makes that harmless).
   * null when unknown: the next event is then taken as the baseline.
   */
  version: number | null;
}

export type QueueFetcher = () => Promise<QueueSnapshot>;

/**
 * - applied: the row set changed as the event says;
 * - duplicate: version already seen (a replayed or doubled delivery), ignored;
 * - gap: a version was skipped, the queue is refetched;
 * - deferred: a refetch is in flight, the event is replayed on its result.
 */
export type ApplyResult = 'applied' | 'duplicate' | 'gap' | 'deferred';

export type QueueStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The last ticket an event placed (ADDED, MOVED, UPDATED): the page highlights its row. */
export interface PlacedTicket {
  ticketId: string;
  kind: QueueEvent['kind'];
  version: number;
}

/**
 * The live queue (SLA-6): a snapshot (the fetcher reads `queue(first: 200)` page by page) kept current by
 * `queueChanged` events. The server's positions are authoritative, so the
 * store never re-sorts; it places rows where the event says. Placement is by
 * ticket id, so replaying an event that a snapshot already contains is harmless.
 *
 * `rows` is a shallowRef replaced by a new array on every change: 10 000 tickets
 * stay plain objects (no deep proxies to create or track), and one event costs
 * one array copy and one reactive trigger, too little to show in the profile at
 * 10 000 rows under 20 moves a second (docs/bench/console.md).
 */
export const useQueueStore = defineStore('queue', () => {
  const rows = shallowRef<readonly QueueTicket[]>([]);
  const totalCount = ref(0);
  /** Version of the last event taken into account; null until the first event arrives. */
  const lastVersion = ref<number | null>(null);
  const status = ref<QueueStatus>('idle');
  const error = ref<string | null>(null);
  const loadedAt = shallowRef<Date | null>(null);
  const refetchCount = ref(0);
  const lastPlaced = shallowRef<PlacedTicket | null>(null);

  let fetcher: QueueFetcher | null = null;
  let inFlight: Promise<boolean> | null = null;
  let reloadRequested = false;
  let deferred: QueueEvent[] = [];

  const loading = computed(() => status.value === 'loading');
  const hasMore = computed(() => totalCount.value > rows.value.length);

  function setFetcher(next: QueueFetcher): void {
    fetcher = next;
  }

  function replace(snapshot: QueueSnapshot): void {
    rows.value = [...snapshot.rows];
    totalCount.value = Math.max(snapshot.totalCount, snapshot.rows.length);
    lastVersion.value = snapshot.version;
    loadedAt.value = new Date();
  }

  /** Checks an event's version against the last one taken into account. */
  function accept(event: QueueEvent): 'next' | 'duplicate' | 'gap' {
    const previous = lastVersion.value;
    if (previous !== null && event.version <= previous) return 'duplicate';
    lastVersion.value = event.version;
    return previous === null || event.version === previous + 1 ? 'next' : 'gap';
  }

  /** Applies what arrived while a snapshot was loading, on top of it; false on a gap. */
  function replayDeferred(): boolean {
    const events = deferred.sort((a, b) => a.version - b.version);
    deferred = [];
    for (const event of events) {
      const verdict = accept(event);
      if (verdict === 'gap') return false;
      if (verdict === 'next') place(event);
    }
    return true;
  }

  /**
   * Fetches a fresh snapshot. Concurrent calls share one request; a call made
   * while a request is in flight (a gap noticed meanwhile) fetches once more
   * after it, since the running request may predate the missed events.
   */
  function load(): Promise<boolean> {
    if (inFlight) {
      reloadRequested = true;
      return inFlight;
    }
    if (!fetcher) {
      status.value = 'error';
      error.value = 'queue store: no fetcher configured';
      return Promise.resolve(false);
    }
    const fetchQueue = fetcher;
    status.value = 'loading';
    inFlight = (async () => {
      try {
        do {
          reloadRequested = false;
          refetchCount.value += 1;
          replace(await fetchQueue());
          if (!replayDeferred()) reloadRequested = true;
        } while (reloadRequested);
        status.value = 'ready';
        error.value = null;
        return true;
      } catch (cause) {
        status.value = 'error';
        error.value = cause instanceof Error ? cause.message : String(cause);
        return false;
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  function applyEvent(event: QueueEvent): ApplyResult {
    if (inFlight) {
      // Checked against the snapshot's version once it arrives.
      if (lastVersion.value !== null && event.version <= lastVersion.value) return 'duplicate';
      deferred.push(event);
      return 'deferred';
    }
    const verdict = accept(event);
    if (verdict === 'duplicate') return 'duplicate';
    if (verdict === 'gap') {
      // Missed events cannot be reconstructed: refetch. This event is kept in case
      // the snapshot is older than it; if not, its version marks it a duplicate.
      deferred = [event];
      void load();
      return 'gap';
    }
    place(event);
    return 'applied';
  }

  function place(event: QueueEvent): void {
    const list = [...rows.value];
    placeIn(list, event);
    rows.value = list;
    if (event.kind !== 'REMOVED') lastPlaced.value = { ticketId: event.ticket.id, kind: event.kind, version: event.version };
  }

  function placeIn(list: QueueTicket[], event: QueueEvent): void {
    const index = list.findIndex((row) => row.id === event.ticket.id);
    if (event.kind === 'REMOVED') {
      if (index >= 0) {
        list.splice(index, 1);
        totalCount.value = Math.max(list.length, totalCount.value - 1);
      } else if (event.previousPosition !== null && event.previousPosition >= list.length && hasMore.value) {
        // It left from beyond the loaded page: only the count changes.
        totalCount.value -= 1;
      }
      return;
    }
    if (index >= 0) list.splice(index, 1);
    const wanted = event.position ?? (index >= 0 ? index : list.length);
    // Rows past the loaded page are not shown; a ticket placed among them stays counted only.
    const unloaded = totalCount.value - (index >= 0 ? 1 : 0) - list.length;
    const beyondPage = wanted > list.length && unloaded > 0;
    if (!beyondPage) list.splice(Math.max(0, Math.min(wanted, list.length)), 0, event.ticket);
    if (event.kind === 'ADDED' && index < 0) totalCount.value += 1;
    totalCount.value = Math.max(totalCount.value, list.length);
  }

  /** The caller reacted to it (startWork): it leaves the queue before the event confirms. */
  function removeTicket(ticketId: string): void {
    const index = rows.value.findIndex((row) => row.id === ticketId);
    if (index < 0) return;
    rows.value = rows.value.filter((row) => row.id !== ticketId);
    totalCount.value = Math.max(rows.value.length, totalCount.value - 1);
  }

  function reset(): void {
    rows.value = [];
    totalCount.value = 0;
    lastVersion.value = null;
    status.value = 'idle';
    error.value = null;
    loadedAt.value = null;
    lastPlaced.value = null;
    deferred = [];
    reloadRequested = false;
  }

  return {
    rows,
    totalCount,
    lastVersion,
    status,
    error,
    loadedAt,
    refetchCount,
    lastPlaced,
    loading,
    hasMore,
    setFetcher,
    load,
    applyEvent,
    removeTicket,
    reset,
  };
});
