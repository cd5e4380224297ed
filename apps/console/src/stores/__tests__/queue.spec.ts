import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { queueEvent, queueTicket } from '@/test-support/tickets';
import { useQueueStore, type QueueSnapshot, type QueueTicket } from '../queue';

function deferredPromise<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const ids = (rows: readonly QueueTicket[]) => rows.map((row) => row.id);

describe('queue store', () => {
  const a = queueTicket({ id: 'a', priority: 1 });
  const b = queueTicket({ id: 'b', priority: 2, criticality: 'CRITICAL', supportLevel: 'BASIC' });
  const c = queueTicket({ id: 'c', priority: 3, criticality: 'NON_CRITICAL' });
  const snapshot = (rows: QueueTicket[], version: number | null, totalCount = rows.length): QueueSnapshot => ({ rows, totalCount, version });

  let fetcher: ReturnType<typeof vi.fn<() => Promise<QueueSnapshot>>>;

  beforeEach(() => {
    setActivePinia(createPinia());
    fetcher = vi.fn(async () => snapshot([a, b, c], 10));
  });

  async function loadedStore() {
    const store = useQueueStore();
    store.setFetcher(fetcher);
    await store.load();
    return store;
  }

  describe('snapshot', () => {
    it('SLA-6: keeps the server order, the total and the version it reflects', async () => {
      const store = await loadedStore();
      expect(ids(store.rows)).toEqual(['a', 'b', 'c']);
      expect(store.totalCount).toBe(3);
      expect(store.lastVersion).toBe(10);
      expect(store.status).toBe('ready');
      expect(store.loadedAt).toBeInstanceOf(Date);
    });

    it('reports a failed load without losing the rows it had', async () => {
      const store = await loadedStore();
      fetcher.mockRejectedValueOnce(new Error('Failed to fetch'));
      await expect(store.load()).resolves.toBe(false);
      expect(store.status).toBe('error');
      expect(store.error).toBe('Failed to fetch');
      expect(ids(store.rows)).toEqual(['a', 'b', 'c']);
    });

    it('without a version, takes the first event as the baseline', async () => {
      fetcher.mockResolvedValueOnce(snapshot([a, b, c], null));
      const store = await loadedStore();
      expect(store.lastVersion).toBeNull();
      expect(store.applyEvent(queueEvent(41, 'ADDED', queueTicket({ id: 'd' }), 1))).toBe('applied');
      expect(store.lastVersion).toBe(41);
      expect(fetcher).toHaveBeenCalledTimes(1);
    });

    it('a load requested while one runs follows it, never in parallel', async () => {
      const store = useQueueStore();
      store.setFetcher(fetcher);
      await Promise.all([store.load(), store.load()]);
      expect(fetcher).toHaveBeenCalledTimes(2);
      expect(store.status).toBe('ready');
    });
  });

  describe('events (API.md QueueEvent)', () => {
    it('ADDED inserts at the given position and counts the ticket', async () => {
      const store = await loadedStore();
      expect(store.applyEvent(queueEvent(11, 'ADDED', queueTicket({ id: 'd', priority: 1 }), 1))).toBe('applied');
      expect(ids(store.rows)).toEqual(['a', 'd', 'b', 'c']);
      expect(store.totalCount).toBe(4);
      expect(store.lastVersion).toBe(11);
    });

    it('ADDED at the end appends', async () => {
      const store = await loadedStore();
      store.applyEvent(queueEvent(11, 'ADDED', queueTicket({ id: 'z', priority: 4 }), 3));
      expect(ids(store.rows)).toEqual(['a', 'b', 'c', 'z']);
    });

    it('SLA-8: MOVED takes the row from its old place to the new one', async () => {
      const store = await loadedStore();
      const reclassified = { ...c, priority: 1, criticality: 'CRITICAL' as const };
      store.applyEvent(queueEvent(11, 'MOVED', reclassified, 0, 2));
      expect(ids(store.rows)).toEqual(['c', 'a', 'b']);
      expect(store.rows[0]?.priority).toBe(1);
      expect(store.totalCount).toBe(3);
    });

    it('UPDATED replaces the row in place', async () => {
      const store = await loadedStore();
      const escalated = { ...b, escalationLevel: 1, assignee: { __typename: 'User' as const, id: 'u1', fullName: 'Мария Поддержкина' } };
      store.applyEvent(queueEvent(11, 'UPDATED', escalated, 1, 1));
      expect(ids(store.rows)).toEqual(['a', 'b', 'c']);
      expect(store.rows[1]?.escalationLevel).toBe(1);
      expect(store.rows[1]?.assignee?.fullName).toBe('Мария Поддержкина');
    });

    it('names the ticket an event last placed (for the row highlight), not one that left', async () => {
      const store = await loadedStore();
      expect(store.lastPlaced).toBeNull();
      store.applyEvent(queueEvent(11, 'MOVED', { ...c, priority: 1 }, 0, 2));
      expect(store.lastPlaced).toEqual({ ticketId: 'c', kind: 'MOVED', version: 11 });
      store.applyEvent(queueEvent(12, 'REMOVED', a, null, 1));
      expect(store.lastPlaced).toEqual({ ticketId: 'c', kind: 'MOVED', version: 11 });
      store.reset();
      expect(store.lastPlaced).toBeNull();
    });

    it('SLA-2: REMOVED takes the reacted ticket out', async () => {
      const store = await loadedStore();
      store.applyEvent(queueEvent(11, 'REMOVED', { ...a, status: 'IN_PROGRESS' }, null, 0));
      expect(ids(store.rows)).toEqual(['b', 'c']);
      expect(store.totalCount).toBe(2);
    });

    it('ignores events the snapshot already reflects, duplicates and older versions', async () => {
      const store = await loadedStore();
      expect(store.applyEvent(queueEvent(9, 'REMOVED', a, null, 0))).toBe('duplicate');
      expect(store.applyEvent(queueEvent(10, 'REMOVED', a, null, 0))).toBe('duplicate');
      const d = queueTicket({ id: 'd' });
      expect(store.applyEvent(queueEvent(11, 'ADDED', d, 0))).toBe('applied');
      expect(store.applyEvent(queueEvent(11, 'ADDED', d, 0))).toBe('duplicate');
      expect(ids(store.rows)).toEqual(['d', 'a', 'b', 'c']);
      expect(store.totalCount).toBe(4);
      expect(store.lastVersion).toBe(11);
      expect(fetcher).toHaveBeenCalledTimes(1);
    });

    it('removeTicket drops a row at once; the REMOVED event that follows changes nothing', async () => {
      const store = await loadedStore();
      store.removeTicket('c');
      expect(ids(store.rows)).toEqual(['a', 'b']);
      expect(store.totalCount).toBe(2);
      expect(store.applyEvent(queueEvent(11, 'REMOVED', c, null, 2))).toBe('applied');
      expect(ids(store.rows)).toEqual(['a', 'b']);
      expect(store.totalCount).toBe(2);
    });

    it('only counts tickets placed beyond the loaded page (queue(first: 200))', async () => {
      fetcher.mockResolvedValueOnce(snapshot([a, b], 10, 250));
      const store = await loadedStore();
      store.applyEvent(queueEvent(11, 'ADDED', queueTicket({ id: 'far', priority: 4 }), 240));
      expect(ids(store.rows)).toEqual(['a', 'b']);
      expect(store.totalCount).toBe(251);
      expect(store.hasMore).toBe(true);
      store.applyEvent(queueEvent(12, 'REMOVED', queueTicket({ id: 'far2' }), null, 200));
      expect(store.totalCount).toBe(250);
      // A row moving from beyond the page into it appears without changing the count.
      store.applyEvent(queueEvent(13, 'MOVED', queueTicket({ id: 'up' }), 0, 230));
      expect(ids(store.rows)).toEqual(['up', 'a', 'b']);
      expect(store.totalCount).toBe(250);
    });
  });

  describe('gaps', () => {
    it('a version that is not exactly previous + 1 refetches the queue', async () => {
      const store = await loadedStore();
      fetcher.mockResolvedValueOnce(snapshot([c], 12));
      expect(store.applyEvent(queueEvent(12, 'REMOVED', b, null, 1))).toBe('gap');
      await vi.waitFor(() => expect(store.status).toBe('ready'));
      expect(fetcher).toHaveBeenCalledTimes(2);
      expect(ids(store.rows)).toEqual(['c']);
      expect(store.lastVersion).toBe(12);
      // The stream continues from the snapshot's version.
      expect(store.applyEvent(queueEvent(13, 'ADDED', b, 0))).toBe('applied');
      expect(ids(store.rows)).toEqual(['b', 'c']);
    });

    it('events arriving during the refetch are applied on top of it, the ones it reflects skipped', async () => {
      const store = await loadedStore();
      const pending = deferredPromise<QueueSnapshot>();
      fetcher.mockReturnValueOnce(pending.promise);
      expect(store.applyEvent(queueEvent(13, 'UPDATED', a, 0, 0))).toBe('gap');
      const d = queueTicket({ id: 'd' });
      expect(store.applyEvent(queueEvent(14, 'REMOVED', c, null, 2))).toBe('deferred');
      expect(store.applyEvent(queueEvent(15, 'ADDED', d, 1))).toBe('deferred');
      // The snapshot was read at version 14: c is already gone, d not yet there.
      pending.resolve(snapshot([a, b], 14));
      await vi.waitFor(() => expect(store.status).toBe('ready'));
      expect(ids(store.rows)).toEqual(['a', 'd', 'b']);
      expect(store.totalCount).toBe(3);
      expect(store.lastVersion).toBe(15);
      expect(fetcher).toHaveBeenCalledTimes(2);
    });

    it('a snapshot older than the gap event is fetched again', async () => {
      const store = await loadedStore();
      fetcher.mockResolvedValueOnce(snapshot([a, b, c], 11)).mockResolvedValueOnce(snapshot([b, c], 13));
      expect(store.applyEvent(queueEvent(13, 'REMOVED', a, null, 0))).toBe('gap');
      await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(3));
      await vi.waitFor(() => expect(store.status).toBe('ready'));
      expect(ids(store.rows)).toEqual(['b', 'c']);
      expect(store.lastVersion).toBe(13);
    });

    it('a second gap during a refetch fetches once more afterwards', async () => {
      const store = await loadedStore();
      const first = deferredPromise<QueueSnapshot>();
      fetcher.mockReturnValueOnce(first.promise).mockResolvedValueOnce(snapshot([b], 30));
      expect(store.applyEvent(queueEvent(12, 'UPDATED', a, 0, 0))).toBe('gap');
      expect(store.applyEvent(queueEvent(14, 'UPDATED', b, 1, 1))).toBe('deferred');
      // The snapshot reflects 12; 14 right after it skips 13, so the queue is fetched again.
      first.resolve(snapshot([a, b], 12));
      await vi.waitFor(() => expect(store.status).toBe('ready'));
      expect(fetcher).toHaveBeenCalledTimes(3);
      expect(ids(store.rows)).toEqual(['b']);
      expect(store.lastVersion).toBe(30);
    });
  });

  it('reset forgets everything of the previous user', async () => {
    const store = await loadedStore();
    store.reset();
    expect(store.rows).toEqual([]);
    expect(store.lastVersion).toBeNull();
    expect(store.status).toBe('idle');
  });
});
