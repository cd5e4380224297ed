/** When the support clock runs (LVL-2): a set of open intervals over time. */
export interface ServiceSchedule {
  readonly kind: 'ALWAYS' | 'BUSINESS_HOURS';
  isOpen(at: Date): boolean;
  /** `at` itself when open, else the next instant service opens. */
  nextOpening(at: Date): Date;
  /**
   * Counts only open time. For seconds > 0 the result lies in (opening, closing] of a service
   * window, so a deadline may be exactly the closing time; seconds === 0 returns nextOpening(start).
   */
  addServiceTime(start: Date, seconds: number): Date;
  /** Open seconds in [from, to); 0 when to <= from. */
  serviceSecondsBetween(from: Date, to: Date): number;
}

/** Durations are seconds at the API and whole milliseconds inside, the resolution of a Date. */
export function durationMs(seconds: number): number {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`Service time must be a finite, non-negative number of seconds, got ${seconds}`);
  }
  return Math.round(seconds * 1000);
}
