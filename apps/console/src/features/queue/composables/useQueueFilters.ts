import { computed, toRaw, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useThrottled } from '@/shared/composables/useThrottled';
import { useSessionStore } from '@/stores/session';
import type { QueueTicket } from '@/stores/queue';
import { activeFilterCount, filtersToQuery, matchesFilters, NO_FILTERS, parseQueueFilters, type QueueFilters } from '../queue-filters';

/** How stale the filter options may be behind the live queue. */
export const OPTIONS_REFRESH_MS = 1000;

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * The queue's filters live in the URL query (reload, back, share a link), and
 * the options come from the queue itself: there is no point offering an
 * organization with nothing waiting.
 */
export function useQueueFilters(rows: Ref<readonly QueueTicket[]>) {
  const route = useRoute();
  const router = useRouter();
  const session = useSessionStore();

  const collator = new Intl.Collator('ru');

  /**
   * The rows without their reactive proxies, for loops over the whole queue.
   * The store splices rows in place (a change of length), so reading the
   * length is what keeps these computeds current; walking 1 000 rows through
   * proxies on every queue event is what a frame can't afford.
   */
  function rawRows(list: readonly QueueTicket[] = rows.value): readonly QueueTicket[] {
    void list.length;
    return toRaw(list);
  }

  /**
   * The options walk the whole queue (10 000 tickets at a vendor's scale), yet
   * an event seldom brings an organization or assignee the list lacks: they
   * follow the queue at most once a second rather than on every event (#17).
   */
  const optionRows = useThrottled(rows, OPTIONS_REFRESH_MS);

  const filters = computed(() => parseQueueFilters(route.query));
  const activeCount = computed(() => activeFilterCount(filters.value));
  const filtered = computed(() => {
    if (activeCount.value === 0) return rows.value;
    const userId = session.user?.id ?? null;
    const current = filters.value;
    return rawRows().filter((ticket) => matchesFilters(ticket, current, userId));
  });

  const organizations = computed<FilterOption[]>(() => {
    const byId = new Map<string, string>();
    for (const ticket of rawRows(optionRows.value)) byId.set(ticket.organization.id, ticket.organization.name);
    const chosen = filters.value.organization;
    if (chosen && !byId.has(chosen)) byId.set(chosen, `#${chosen}`);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  });

  const assignees = computed<FilterOption[]>(() => {
    const byId = new Map<string, string>();
    for (const ticket of rawRows(optionRows.value)) if (ticket.assignee) byId.set(ticket.assignee.id, ticket.assignee.fullName);
    const chosen = filters.value.assignee;
    if (chosen && chosen !== 'me' && chosen !== 'none' && !byId.has(chosen)) byId.set(chosen, `#${chosen}`);
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  });

  function set<K extends keyof QueueFilters>(name: K, value: QueueFilters[K] | ''): Promise<unknown> {
    const next: QueueFilters = { ...filters.value, [name]: value === '' ? null : value };
    return router.replace({ query: filtersToQuery(next, route.query) });
  }

  function reset(): Promise<unknown> {
    return router.replace({ query: filtersToQuery(NO_FILTERS, route.query) });
  }

  return { filters, activeCount, filtered, organizations, assignees, set, reset };
}
