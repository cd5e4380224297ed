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

/** What the first sweep after start() did: the moment this process's durable timers are armed again (#17). */
export interface ArmedTimers {
  /** From start() until then, ms: the re-arm a restart costs, whatever the number of open deadlines. */
  readonly tookMs: number;
  /** When, on this process's performance clock (ms since the process started). */
  readonly armedAt: number;
  /** Items found already due and fired: deadlines that passed while no process ran (#16). */
  readonly firedAtStart: number;
  /** The instant the in-process timer points at, or null when nothing is armed. */
  readonly nextDueAt: Date | null;
}

// setTimeout's ceiling; longer waits are re-armed by the sweep anyway.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Re-arming after a change waits this long to take in the changes around it,
 * and re-arms at most once per REARM_SPACING_MS: each re-arm reads every
 * source, and in an intake or e-mail burst (#17) one re-arm per new ticket
 * was a third of the statements each ticket cost. A deadline a change brings
 * nearer than that is still fired within the spacing (and by the sweep).
 */
const REARM_DELAY_MS = 20;
const REARM_SPACING_MS = 250;

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
  private lastRearmAt = -Infinity;
  private sweeping: Promise<void> | null = null;
  private sweepAgain = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;
  private fired = 0;
  private nextDueAt: Date | null = null;
  private reportArmed: (armed: ArmedTimers) => void = () => undefined;
  /**
   * Resolves once the first sweep after start() has fired what was due and the
   * timer points at the nearest deadline: from then on every open deadline is
   * covered, however many there are (the one timer plus the sweep, no timer
   * each). A readiness signal for restarts; also logged.
   */
  readonly armed: Promise<ArmedTimers> = new Promise((resolve) => (this.reportArmed = resolve));

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
    const startedAt = performance.now();
    void this.sweep().then(() => {
      const armed = { tookMs: performance.now() - startedAt, armedAt: performance.now(), firedAtStart: this.fired, nextDueAt: this.nextDueAt };
      this.deps.logger.info('deadline timers armed', { ...armed, nextDueAt: armed.nextDueAt?.toISOString() ?? null });
      this.reportArmed(armed);
    });
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
      this.fired += due.length;
      for (const item of due) this.deps.lateness?.(source.name, Math.max(now.getTime() - item.dueAt.getTime(), 0) / 1000);
      await source.fire(due);
      if (due.length < batchSize) return;
    }
  }

  private scheduleRearm(): void {
    // A running sweep re-arms when it ends; its own ticket changes need no re-arm each.
    if (this.rearmPending || this.stopped || this.sweeping) return;
    const delay = Math.max(REARM_DELAY_MS, this.lastRearmAt + REARM_SPACING_MS - performance.now());
    this.rearmPending = setTimeout(() => {
      this.rearmPending = null;
      void this.rearm();
    }, delay);
  }

  /** Points the timer at the nearest deadline of any source. */
  private async rearm(): Promise<void> {
    this.lastRearmAt = performance.now();
    try {
      const em = this.orm.em.fork();
      const instants = (await Promise.all(this.sources.map((s) => s.nearest(em)))).filter((d): d is Date => d !== null);
      if (this.stopped) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.nextDueAt = null;
      if (instants.length === 0) return;
      const next = Math.min(...instants.map((d) => d.getTime()));
      this.nextDueAt = new Date(next);
      const wait = Math.min(Math.max(next - this.deps.clock.now().getTime(), 0), MAX_TIMER_MS);
      this.timer = setTimeout(() => void this.sweep(), wait);
      this.timer.unref();
    } catch (error) {
      this.deps.logger.error('could not arm the deadline timer; the sweep covers it', error);
    }
  }
}
