import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import type { EventBus } from '../events/domain-events.js';
import type { Logger } from '../logger.js';
import type { DeadlineSource } from './deadline-source.js';

export interface DeadlineSchedulerOptions {
  /** How often to look for deadlines missed by the in-process timer (after a restart, say). */
  readonly sweepIntervalMs: number;
  /** Items handled per database round trip while catching up. */
  readonly batchSize?: number;
}

// setTimeout's ceiling; longer waits are re-armed by the sweep anyway.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Durable timers (SLA-7 alerts, TKT-3 auto-close): deadlines live in the
 * database, this process keeps one timer for the nearest of them (sub-second
 * precision) and sweeps periodically for anything missed. Every process runs
 * one; each source's claim keeps every firing single.
 */
export class DeadlineScheduler {
  private timer: NodeJS.Timeout | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private rearmPending: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private sweepAgain = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly sources: readonly DeadlineSource[],
    private readonly deps: {
      clock: Clock;
      events: EventBus;
      logger: Logger;
      /** Told how late each due item is picked up (seconds after its instant), for the lateness histogram (#18). */
      lateness?: (source: string, seconds: number) => void;
    },
    private readonly options: DeadlineSchedulerOptions,
  ) {}

  start(): void {
    // A new or changed ticket may bring the nearest deadline closer.
    this.unsubscribe = this.deps.events.subscribe((event) => {
      if (event.type === 'ticket.changed') this.scheduleRearm();
    });
    this.sweeper = setInterval(() => void this.sweep(), this.options.sweepIntervalMs);
    this.sweeper.unref();
    void this.sweep();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    for (const handle of [this.timer, this.sweeper, this.rearmPending]) if (handle) clearTimeout(handle);
    await this.sweeping;
  }

  /** Fires everything due now; one sweep at a time per process. */
  sweep(): Promise<void> {
    if (this.sweeping) {
      this.sweepAgain = true;
      return this.sweeping;
    }
    this.sweeping = this.runSweeps().finally(() => {
      this.sweeping = null;
    });
    return this.sweeping;
  }

  private async runSweeps(): Promise<void> {
    do {
      this.sweepAgain = false;
      for (const source of this.sources) {
        try {
          await this.fireDue(source);
        } catch (error) {
          this.deps.logger.error(`${source.name}: sweep failed; the next sweep retries`, error);
        }
      }
    } while (this.sweepAgain && !this.stopped);
    if (!this.stopped) await this.rearm();
  }

  private async fireDue(source: DeadlineSource): Promise<void> {
    const batchSize = this.options.batchSize ?? 200;
    for (;;) {
      const now = this.deps.clock.now();
      const due = await source.due(this.orm.em.fork(), now, batchSize);
      if (this.stopped || due.length === 0) return;
      for (const item of due) this.deps.lateness?.(source.name, Math.max(now.getTime() - item.dueAt.getTime(), 0) / 1000);
      await source.fire(due);
      if (due.length < batchSize) return;
    }
  }

  private scheduleRearm(): void {
    // A running sweep re-arms when it ends; its own ticket changes need no re-arm each.
    if (this.rearmPending || this.stopped || this.sweeping) return;
    this.rearmPending = setTimeout(() => {
      this.rearmPending = null;
      void this.rearm();
    }, 20);
  }

  /** Points the timer at the nearest deadline of any source. */
  private async rearm(): Promise<void> {
    try {
      const em = this.orm.em.fork();
      const instants = (await Promise.all(this.sources.map((s) => s.nearest(em)))).filter((d): d is Date => d !== null);
      if (this.stopped) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      if (instants.length === 0) return;
      const next = Math.min(...instants.map((d) => d.getTime()));
      const wait = Math.min(Math.max(next - this.deps.clock.now().getTime(), 0), MAX_TIMER_MS);
      this.timer = setTimeout(() => void this.sweep(), wait);
      this.timer.unref();
    } catch (error) {
      this.deps.logger.error('could not arm the deadline timer; the sweep covers it', error);
    }
  }
}
