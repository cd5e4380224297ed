import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../../infra/logger.js';
import { foldTicketCountDeltas } from './ticket-counts.js';

/**
 * How often the appended ticket-count deltas are folded into their cells: a
 * list's count sums the deltas since the last fold, so this bounds that sum
 * (a few thousand rows in an intake burst) without writing on every change.
 */
const FOLD_INTERVAL_MS = 5_000;

/** Folds ticket_count_deltas into ticket_counts every few seconds, in every process (folds never collide: see foldTicketCountDeltas). */
export class TicketCountFolder {
  private timer: NodeJS.Timeout | null = null;
  private folding: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.fold(), FOLD_INTERVAL_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.folding;
  }

  private fold(): Promise<void> {
    this.folding ??= foldTicketCountDeltas(this.orm.em.fork())
      .catch((error: unknown) => this.logger.error('ticket counts: fold failed; the next one retries', error))
      .finally(() => (this.folding = null));
    return this.folding;
  }
}
