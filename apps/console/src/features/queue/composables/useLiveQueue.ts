import { computed, inject, onBeforeUnmount, onMounted } from 'vue';
import { SocketMonitorKey } from '@/shared/graphql/socket-monitor-key';
import { useQueueStore } from '@/stores/queue';
import { useQueueChangedSubscription } from '../graphql/queueChanged.api';

/** How often the queue is refetched while the socket is not connected. */
export const QUEUE_POLL_INTERVAL_MS = 10_000;

/**
 * Keeps the queue store current while a page shows it: a snapshot of
 * `queue(first: 200)`, then `queueChanged` events applied by version (a gap
 * refetches). After the socket comes back the queue is refetched, since events
 * sent meanwhile are gone; while it is down, the queue is polled every 10 s.
 */
export function useLiveQueue(options: { intervalMs?: number } = {}) {
  const store = useQueueStore();
  const socket = inject(SocketMonitorKey, null);
  const intervalMs = options.intervalMs ?? QUEUE_POLL_INTERVAL_MS;
  const connected = computed(() => socket?.state.value === 'connected');
  const mode = computed<'live' | 'polling'>(() => (connected.value ? 'live' : 'polling'));

  const { onResult } = useQueueChangedSubscription();
  onResult((result) => {
    const event = result.data?.queueChanged;
    if (event) store.applyEvent(event);
  });

  let timer: ReturnType<typeof setInterval> | null = null;
  let stopReconnected: (() => void) | null = null;

  onMounted(() => {
    void store.load();
    stopReconnected = socket?.onReconnected(() => void store.load()) ?? null;
    timer = setInterval(() => {
      if (!connected.value) void store.load();
    }, intervalMs);
  });
  onBeforeUnmount(() => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    stopReconnected?.();
  });

  return { mode, intervalMs, refresh: () => store.load() };
}
