import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * One shared `now` ticking each second for every countdown on the page (like
 * Zammad's useReactiveNow): a hundred rows cost one timer, and they all flip
 * state at the same instant.
 */
export const useClockStore = defineStore('clock', () => {
  const now = ref(new Date());
  let timer: ReturnType<typeof setInterval> | null = null;

  function tick(): void {
    now.value = new Date();
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

  start();
  return { now, tick, start, stop };
});
