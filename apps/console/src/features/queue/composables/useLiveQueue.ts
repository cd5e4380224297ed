import { computed, inject, onBeforeUnmount, onMounted } from 'vue';
import { isResumeReset } from '@/shared/graphql/resume-link';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { useQueueStore } from '@/stores/queue';
import { useQueueChangedSubscription } from '../graphql/queueChanged.api';

/** How often the queue is refetched while the socket is not connected. */
export const QUEUE_POLL_INTERVAL_MS = 10_000;

/**
 * Keeps the queue store current while a page shows it: a snapshot of
 * `queue(first: 200)`, then `queueChanged` events applied by version (a gap
 * refetches). Every (re)subscribe passes the store's version as `after` (#16),
 * so after a blip the server replays what was missed: no refetch. A RESET
 * answer (the server's log no longer holds that version) refetches and
 * subscribes again from the new version. While the socket is down, the queue
 * is polled every 10 s.
 */
export function useLiveQueue(options: { intervalMs?: number } = {}) {
  const store = useQueueStore();
  const socket = inject(SocketMonitorKey, null);
  const intervalMs = options.intervalMs ?? QUEUE_POLL_INTERVAL_MS;
  const connected = computed(() => socket?.state.value === 'connected');
  const mode = computed<'live' | 'polling'>(() => (connected.value ? 'live' : 'polling'));

  const { onResult, onError, restart } = useQueueChangedSubscription({}, { context: { resumeAfter: () => store.lastVersion } });
  onResult((result) => {
    const event = result.data?.queueChanged;
    if (event) store.applyEvent(event);
  });
  onError((error) => {
    if (isResumeReset(error)) void store.load().then(() => restart());
  });

  let timer: ReturnType<typeof setInterval> | null = null;

  onMounted(() => {
    // After a reconnect the subscription resumes by itself (graphql-ws resubscribes with `after`): no refetch here.
    void store.load();
    timer = setInterval(() => {
      if (!connected.value) void store.load();
    }, intervalMs);
  });
  onBeforeUnmount(() => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  });

  return { mode, intervalMs, refresh: () => store.load() };
}
