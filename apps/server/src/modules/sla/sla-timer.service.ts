import type { MikroORM } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { SlaAlertKind, TicketStatus } from '../../entities/enums.js';
import { Ticket } from '../../entities/ticket.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { Logger } from '../../infra/logger.js';
import { raiseSlaAlert } from './sla-alert.raiser.js';

export interface SlaTimerOptions {
  /** How often to look for deadlines missed by the in-process timer (after a restart, say). */
  readonly sweepIntervalMs: number;
  /** Tickets handled per database round trip while catching up. */
  readonly batchSize?: number;
}

// setTimeout's ceiling; longer waits are re-armed by the sweep anyway.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Durable SLA-7 timers: deadlines live in the tickets table, this process
 * keeps one timer for the nearest one (sub-second precision) and sweeps
 * periodically for anything missed. Every process runs one; the claim in
 * raiseSlaAlert keeps each alert single.
 */
export class SlaTimerService {
  private timer: NodeJS.Timeout | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private rearmPending: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private sweepAgain = false;
  private stopped = false;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly deps: { clock: Clock; events: EventBus; logger: Logger },
    private readonly options: SlaTimerOptions,
  ) {}

  start(): void {
    // A new or changed ticket may bring the nearest deadline closer.
    this.unsubscribe = this.deps.events.subscribe((event) => {
      if (event.type === 'ticket.changed' && event.queue) this.scheduleRearm();
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

  /** Raises every alert that is due now; runs one at a time per process. */
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
      try {
        await this.raiseDue(SlaAlertKind.AT_RISK);
        await this.raiseDue(SlaAlertKind.BREACHED);
      } catch (error) {
        this.deps.logger.error('SLA sweep failed; the next sweep retries', error);
      }
    } while (this.sweepAgain && !this.stopped);
    if (!this.stopped) await this.rearm();
  }

  private async raiseDue(kind: SlaAlertKind): Promise<void> {
    const batchSize = this.options.batchSize ?? 200;
    const [flag, instant] = kind === SlaAlertKind.AT_RISK ? (['atRiskAlerted', 'atRiskAt'] as const) : (['breachAlerted', 'responseDueAt'] as const);
    for (;;) {
      const em = this.orm.em.fork();
      const due = await em.find(
        Ticket,
        { status: TicketStatus.NEW, [flag]: false, [instant]: { $lte: this.deps.clock.now() } },
        { orderBy: { [instant]: 'asc', id: 'asc' }, limit: batchSize, fields: ['id', 'responseDueAt'] },
      );
      for (const ticket of due) {
        if (this.stopped) return;
        await raiseSlaAlert(this.orm.em.fork(), this.deps, ticket.id, kind, ticket.responseDueAt);
      }
      if (due.length < batchSize) return;
    }
  }

  private scheduleRearm(): void {
    if (this.rearmPending || this.stopped) return;
    this.rearmPending = setTimeout(() => {
      this.rearmPending = null;
      void this.rearm();
    }, 20);
  }

  /** Points the timer at the nearest armed deadline of any ticket still waiting. */
  private async rearm(): Promise<void> {
    try {
      const next = await this.nearestDeadline();
      if (this.stopped) return;
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      if (!next) return;
      const wait = Math.min(Math.max(next.getTime() - this.deps.clock.now().getTime(), 0), MAX_TIMER_MS);
      this.timer = setTimeout(() => void this.sweep(), wait);
      this.timer.unref();
    } catch (error) {
      this.deps.logger.error('could not arm the SLA timer; the sweep covers it', error);
    }
  }

  private async nearestDeadline(): Promise<Date | null> {
    const em = this.orm.em.fork();
    const [atRisk, breach] = await Promise.all([
      em.findOne(Ticket, { status: TicketStatus.NEW, atRiskAlerted: false }, { orderBy: { atRiskAt: 'asc' }, fields: ['id', 'atRiskAt'] }),
      em.findOne(Ticket, { status: TicketStatus.NEW, breachAlerted: false }, { orderBy: { responseDueAt: 'asc' }, fields: ['id', 'responseDueAt'] }),
    ]);
    const instants = [atRisk?.atRiskAt, breach?.responseDueAt].filter((d): d is Date => d instanceof Date);
    return instants.length ? new Date(Math.min(...instants.map((d) => d.getTime()))) : null;
  }
}
