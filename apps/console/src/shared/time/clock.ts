import { defineStore } from 'pinia';
import { ref } from 'vue';

/** Below this the difference is the network's, not the clocks'; following it would make countdowns jitter. */
const SIGNIFICANT_SKEW_MS = 500;

/**
 * One shared `now` ticking each second for every countdown on the page (like
 * Zammad's useReactiveNow): a hundred rows cost one timer, and they all flip
 * state at the same instant. It runs on the server's clock (#13): every
 * answer's `extensions.serverTime` corrects the browser's own, so a console on
 * a machine whose clock is off still shows what the server decides by.
 */
export const useClockStore = defineStore('clock', () => {
  const now = ref(new Date());
  /** Server time minus browser time. */
  const offsetMs = ref(0);
  let timer: ReturnType<typeof setInterval> | null = null;

  function tick(): void {
    now.value = new Date(Date.now() + offsetMs.value);
  }

  function start(): void {
    if (timer !== null) return;
    tick();
    timer = setInterval(tick, 1000);
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  /** The server said it is `serverTime` now. */
  function syncWithServer(serverTime: Date): void {
    const offset = serverTime.getTime() - Date.now();
    if (Number.isNaN(offset) || Math.abs(offset - offsetMs.value) < SIGNIFICANT_SKEW_MS) return;
    offsetMs.value = offset;
    if (timer !== null) tick();
  }

  start();
  return { now, offsetMs, tick, start, stop, syncWithServer };
});
