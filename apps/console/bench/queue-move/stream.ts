/**
 * A sustained stream of queue events, as a socket delivers them: one task per
 * event at a fixed rate, while every animation frame is timed. The page under
 * test only says how to apply one event and how to wait for its render.
 */

export interface StreamOptions {
  /** Events measured, after `warmup` unmeasured ones. */
  events: number;
  warmup: number;
  /** Events per second. */
  rate: number;
}

export interface StreamResult {
  /** Per event: handed over → DOM patched and laid out (the event's share of its frame). */
  work: number[];
  /** Intervals between consecutive animation frames while the measured events streamed in. */
  frames: number[];
  /** Long animation frames (> 50 ms, the browser's own account) during the measured events: their durations. */
  longFrames: number[];
}

export interface StreamTarget {
  apply: (index: number) => void;
  /** Resolves once the apply's DOM changes are in (a microtask for Vue's flush, nothing for a synchronous render). */
  settle: () => Promise<void>;
  /** Forces layout, so the work includes what the next frame would otherwise pay. */
  layout: () => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Times every frame from `start()` until `stop()`, with requestAnimationFrame deltas. */
function frameClock() {
  const intervals: number[] = [];
  let last: number | null = null;
  let running = true;
  const tick = (now: number) => {
    if (last !== null) intervals.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop(): number[] {
      running = false;
      return intervals;
    },
  };
}

/** Long animation frames as Chromium reports them (PerformanceObserver 'long-animation-frame'); none where unsupported. */
function longFrameObserver() {
  const durations: number[] = [];
  const supported = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
  const observer = supported ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => durations.push(entry.duration))) : null;
  observer?.observe({ type: 'long-animation-frame' });
  return {
    stop(): number[] {
      if (observer) {
        durations.push(...observer.takeRecords().map((entry) => entry.duration));
        observer.disconnect();
      }
      return durations;
    },
  };
}

export async function runStream(target: StreamTarget, options: StreamOptions): Promise<StreamResult> {
  const interval = 1000 / options.rate;
  const work: number[] = [];
  let frames: ReturnType<typeof frameClock> | null = null;
  let longFrames: ReturnType<typeof longFrameObserver> | null = null;
  const started = performance.now();
  const total = options.warmup + options.events;
  for (let i = 0; i < total; i += 1) {
    if (i === options.warmup) {
      frames = frameClock();
      longFrames = longFrameObserver();
    }
    // Scheduled against the start, so a slow event does not slow the stream down.
    await sleep(started + i * interval - performance.now());
    const t0 = performance.now();
    target.apply(i);
    await target.settle();
    target.layout();
    if (i >= options.warmup) work.push(performance.now() - t0);
  }
  // The last event's frame.
  await sleep(interval);
  return { work, frames: frames?.stop() ?? [], longFrames: longFrames?.stop() ?? [] };
}
