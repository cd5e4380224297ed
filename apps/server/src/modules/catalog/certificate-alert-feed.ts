import type { EntityManager } from '@mikro-orm/core';
import { CertificateExpiryAlert } from '../../entities/info-services/certificate-expiry-alert.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { LivePubSub } from '../realtime/live-pubsub.js';

/**
 * How often a process with subscribers looks for alerts anyway: the bus says
 * "look now", but Redis pub/sub is at-most-once, and a missed word must only
 * make an alert late, never lost.
 */
export const FEED_POLL_INTERVAL_MS = 30_000;
/** Ids below the highest seen that are still looked at: a transaction that took an id earlier may commit later. */
const LATE_COMMIT_WINDOW = 100;

type Topics = { CERTIFICATE_EXPIRY_ALERT: [CertificateExpiryAlert] };

/**
 * The `certificateExpiryAlert` subscription of one process (SVC-3). Alerts
 * are rows; while anyone here is subscribed, the feed reads new ones when the
 * event bus says one was raised anywhere in the cluster (`certificate.alert`),
 * and every FEED_POLL_INTERVAL_MS as a safety net, so staff hear of each alert
 * once, whichever replica raised it.
 */
export class CertificateAlertFeed {
  private readonly pubSub = new LivePubSub<Topics>();
  private listeners = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private pollAgain = false;
  private baseline: Promise<void> | null = null;
  /** Alerts up to this id existed before anyone here subscribed. */
  private delivered = { since: 0, highest: 0, ids: new Set<number>() };
  private unsubscribeBus: (() => void) | null = null;

  constructor(
    private readonly events: EventBus,
    private readonly em: () => EntityManager,
    private readonly pollIntervalMs = FEED_POLL_INTERVAL_MS,
  ) {}

  /** Alerts raised from now on, anywhere in the cluster. */
  async subscribe(): Promise<AsyncIterableIterator<CertificateExpiryAlert>> {
    const inner = this.pubSub.subscribe('CERTIFICATE_EXPIRY_ALERT');
    this.listeners += 1;
    if (this.listeners === 1) this.start();
    try {
      await this.baseline;
    } catch (error) {
      this.release();
      await inner.return?.();
      throw error;
    }
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.release();
    };
    const iterator: AsyncIterableIterator<CertificateExpiryAlert> = {
      next: () => inner.next(),
      return: (value?: unknown) => {
        release();
        return inner.return ? inner.return(value) : Promise.resolve({ done: true as const, value: undefined });
      },
      throw: (error?: unknown) => {
        release();
        return inner.throw ? inner.throw(error) : Promise.reject(error);
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Resolves when the look in progress (if any) is done. */
  async settled(): Promise<void> {
    while (this.polling) await this.polling;
  }

  private start(): void {
    this.baseline = (async () => {
      const [last] = await this.em().find(CertificateExpiryAlert, {}, { orderBy: { id: 'desc' }, fields: ['id'], limit: 1 });
      this.delivered = { since: last?.id ?? 0, highest: last?.id ?? 0, ids: new Set() };
    })();
    this.unsubscribeBus = this.events.subscribe((event) => {
      if (event.type === 'certificate.alert') void this.poll();
    });
    this.timer = setInterval(() => void this.poll(), this.pollIntervalMs);
    this.timer.unref();
  }

  private release(): void {
    this.listeners -= 1;
    if (this.listeners > 0) return;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribeBus?.();
    this.unsubscribeBus = null;
    // The next first subscriber takes a fresh baseline (also after one that failed).
    this.baseline = null;
  }

  private poll(): Promise<void> {
    if (this.polling) {
      this.pollAgain = true;
      return this.polling;
    }
    this.polling = (async () => {
      try {
        do {
          this.pollAgain = false;
          try {
            await this.baseline;
            await this.readNew();
          } catch {
            // The next poll tries again; alerts are kept in the database meanwhile.
          }
        } while (this.pollAgain && this.listeners > 0);
      } finally {
        // In the very step that ended the loop: a "look now" heard after it starts a new look.
        this.polling = null;
      }
    })();
    return this.polling;
  }

  private async readNew(): Promise<void> {
    const state = this.delivered;
    const from = Math.max(state.since, state.highest - LATE_COMMIT_WINDOW);
    const alerts = await this.em().find(
      CertificateExpiryAlert,
      { id: { $gt: from } },
      { orderBy: { id: 'asc' }, populate: ['certificate', 'certificate.product'] },
    );
    for (const alert of alerts) {
      if (state.ids.has(alert.id)) continue;
      state.ids.add(alert.id);
      state.highest = Math.max(state.highest, alert.id);
      this.pubSub.publish('CERTIFICATE_EXPIRY_ALERT', alert);
    }
    for (const id of state.ids) if (id <= state.highest - LATE_COMMIT_WINDOW) state.ids.delete(id);
  }
}

const feeds = new WeakMap<EventBus, CertificateAlertFeed>();

/** The feed of the process whose event bus this is (one per running app). */
export function certificateAlertFeed(events: EventBus, em: () => EntityManager): CertificateAlertFeed {
  let feed = feeds.get(events);
  if (!feed) feeds.set(events, (feed = new CertificateAlertFeed(events, em)));
  return feed;
}
