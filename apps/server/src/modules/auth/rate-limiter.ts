/**
 * Requests per key per clock minute, in this process. With several processes
 * behind a balancer each enforces the limit on its own share, which keeps a
 * runaway integration in check without a shared store.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { minute: number; count: number }>();

  /** Counts one request; false when the key is over its limit this minute. */
  take(key: string, limitPerMinute: number, now: Date): boolean {
    const minute = Math.floor(now.getTime() / 60_000);
    const window = this.windows.get(key);
    if (!window || window.minute !== minute) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(key, { minute, count: 1 });
      return true;
    }
    window.count += 1;
    return window.count <= limitPerMinute;
  }

  /** When a refused key may try again: the next clock minute (at least a second away). */
  secondsUntilNextWindow(now: Date): number {
    return Math.max(1, Math.ceil((60_000 - (now.getTime() % 60_000)) / 1000));
  }
}
