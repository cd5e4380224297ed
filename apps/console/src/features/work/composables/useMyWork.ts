import { useApolloClient } from '@vue/apollo-composable';
import { computed, inject, onBeforeUnmount, reactive, ref, shallowRef, watch, type Ref } from 'vue';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { MyWorkDocument, type MyWorkSubscription, type MyWorkSubscriptionVariables } from '../graphql/myWork.api';
import { TicketViewsDocument, type TicketViewsQuery } from '../graphql/ticketViews.api';
import { applyWorkEvent, type WorkState } from '../work-rows';

export type WorkView = TicketViewsQuery['ticketViews'][number];

/** Rows of the open view the console keeps live. */
export const WORK_PAGE_SIZE = 100;

/**
 * "My work" (#13): the views and their counts, the open view's rows, all
 * live over one myWork subscription. A gap in the versions, a new socket, or
 * another open view mean a fresh subscription (whose first event is a snapshot).
 */
export function useMyWork(openViewId: Ref<string>) {
  const { resolveClient } = useApolloClient();
  const socket = inject(SocketMonitorKey, null);
  const views = shallowRef<WorkView[]>([]);
  const state = reactive<WorkState>({ rows: [], version: 0, totalCount: 0, counts: {} });
  const status = ref<'loading' | 'live' | 'error'>('loading');
  const error = ref<string | null>(null);
  let subscription: { unsubscribe(): void } | null = null;

  async function loadViews(): Promise<void> {
    const { data } = await resolveClient().query<TicketViewsQuery>({ query: TicketViewsDocument, fetchPolicy: 'network-only' });
    views.value = data.ticketViews;
  }

  function subscribe(): void {
    subscription?.unsubscribe();
    status.value = 'loading';
    subscription = resolveClient()
      .subscribe<MyWorkSubscription, MyWorkSubscriptionVariables>({ query: MyWorkDocument, variables: { viewId: openViewId.value, first: WORK_PAGE_SIZE } })
      .subscribe({
        next: ({ data }) => {
          if (!data) return;
          if (applyWorkEvent(state, data.myWork, WORK_PAGE_SIZE) === 'gap') subscribe();
          else status.value = 'live';
        },
        error: (cause: unknown) => {
          status.value = 'error';
          error.value = cause instanceof Error ? cause.message : String(cause);
        },
      });
  }

  /** After a view was saved or deleted: the list, and a stream that counts it. */
  async function reload(): Promise<void> {
    await loadViews();
    subscribe();
  }

  const countOf = (viewId: string): number => state.counts[viewId] ?? views.value.find((view) => view.id === viewId)?.count ?? 0;
  const openView = computed(() => views.value.find((view) => view.id === openViewId.value) ?? null);

  void loadViews().catch((cause: unknown) => {
    status.value = 'error';
    error.value = cause instanceof Error ? cause.message : String(cause);
  });
  watch(openViewId, () => subscribe(), { immediate: true });
  const stopReconnected = socket?.onReconnected(() => subscribe()) ?? null;
  onBeforeUnmount(() => {
    subscription?.unsubscribe();
    stopReconnected?.();
  });

  return { views, state, status, error, openView, countOf, reload };
}
