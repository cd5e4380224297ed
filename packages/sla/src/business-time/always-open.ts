import { instantMs } from '../moscow-time.js';
import { durationMs, type ServiceSchedule } from './schedule.js';

/** EXTENDED support (LVL-2): 24x7 by the wall clock, so service time is plain elapsed time. */
export const ALWAYS_OPEN: ServiceSchedule = Object.freeze({
  kind: 'ALWAYS' as const,
  isOpen(at: Date): boolean {
    instantMs(at);
    return true;
  },
  nextOpening(at: Date): Date {
    return new Date(instantMs(at));
  },
  addServiceTime(start: Date, seconds: number): Date {
    return new Date(instantMs(start) + durationMs(seconds));
  },
  serviceSecondsBetween(from: Date, to: Date): number {
    return Math.max(0, instantMs(to) - instantMs(from)) / 1000;
  },
});
