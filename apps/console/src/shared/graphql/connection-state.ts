import { readonly, ref } from 'vue';

/**
 * idle: no socket needed (or closed on purpose); connecting: first attempt;
 * connected; lost: a socket that was needed dropped and is being retried.
 */
export type SocketState = 'idle' | 'connecting' | 'connected' | 'lost';

/** Codes that close the socket on purpose: graphql-ws's lazy close (1000) and terminate() (4499). */
const INTENDED_CLOSE_CODES = new Set([1000, 4499]);

export interface SocketMonitor {
  readonly state: Readonly<{ value: SocketState }>;
  /** Runs after the socket came back following a loss: missed events must be refetched. */
  onReconnected(listener: () => void): () => void;
  connecting(isRetry: boolean): void;
  connected(wasRetry: boolean): void;
  closed(event: unknown): void;
}

export function createSocketMonitor(): SocketMonitor {
  const state = ref<SocketState>('idle');
  const listeners = new Set<() => void>();
  let lostSinceLastConnect = false;

  return {
    state: readonly(state),
    onReconnected(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    connecting(isRetry) {
      if (isRetry) lostSinceLastConnect = true;
      state.value = isRetry || state.value === 'lost' ? 'lost' : 'connecting';
    },
    connected(wasRetry) {
      const recovered = wasRetry || lostSinceLastConnect;
      lostSinceLastConnect = false;
      state.value = 'connected';
      if (recovered) for (const listener of listeners) listener();
    },
    closed(event) {
      const code = typeof event === 'object' && event !== null && 'code' in event ? Number((event as { code: unknown }).code) : NaN;
      if (INTENDED_CLOSE_CODES.has(code)) {
        state.value = 'idle';
      } else {
        lostSinceLastConnect = true;
        state.value = 'lost';
      }
    },
  };
}
