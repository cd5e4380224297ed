import type { EntityManager } from '@mikro-orm/core';
import { CertificateExpiryAlert } from '../../entities/info-services/certificate-expiry-alert.entity.js';

/** Ids below the highest seen that are still looked at: a transaction that took an id earlier may commit later. */
const LATE_COMMIT_WINDOW = 100;

/**
 * Which certificate expiry alerts (SVC-3) this process has published. Alerts
 * are rows; the bus only says "look now" (and may drop the word: Redis
 * pub/sub is at-most-once), so each look reads the alerts raised since the
 * last one and skips those already published — a missed word makes an alert
 * late at the next look, never lost, and never published twice.
 */
export class CertificateAlertCatchUp {
  /** Alerts up to this id existed before this process started listening. */
  private since = 0;
  private highest = 0;
  private readonly published = new Set<number>();

  async start(em: EntityManager): Promise<void> {
    const [last] = await em.find(CertificateExpiryAlert, {}, { orderBy: { id: 'desc' }, fields: ['id'], limit: 1 });
    this.since = this.highest = last?.id ?? 0;
  }

  /** The alerts not yet published, oldest first; each is counted as published. */
  async unpublished(em: EntityManager): Promise<CertificateExpiryAlert[]> {
    const from = Math.max(this.since, this.highest - LATE_COMMIT_WINDOW);
    const alerts = await em.find(
      CertificateExpiryAlert,
      { id: { $gt: from } },
      { orderBy: { id: 'asc' }, populate: ['certificate', 'certificate.product'] },
    );
    const fresh = alerts.filter((alert) => !this.published.has(alert.id));
    for (const alert of fresh) {
      this.published.add(alert.id);
      this.highest = Math.max(this.highest, alert.id);
    }
    for (const id of this.published) if (id <= this.highest - LATE_COMMIT_WINDOW) this.published.delete(id);
    return fresh;
  }
}
