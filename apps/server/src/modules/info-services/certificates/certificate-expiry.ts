import { UniqueConstraintViolationException, type EntityManager, type MikroORM } from '@mikro-orm/core';
import { addDays, instantAt, type IsoDate } from '@desk/sla';
import type { Clock } from '../../../common/clock.js';
import { Certificate } from '../../../entities/info-services/certificate.entity.js';
import { CertificateExpiryAlert } from '../../../entities/info-services/certificate-expiry-alert.entity.js';
import type { EventBus } from '../../../infra/events/domain-events.js';
import type { DeadlineSource, DueItem } from '../../../infra/scheduling/deadline-source.js';

/** SVC-3: staff are alerted this many days before a certificate lapses, largest first. */
export const CERTIFICATE_ALERT_THRESHOLDS: readonly number[] = [90, 30, 7];

/** Alerts come at the start of the working day, Moscow time. */
const ALERT_MINUTE_OF_DAY = 9 * 60;

/** The instant a certificate valid through `validUntil` (inclusive) stops being valid. */
export function lapsesAt(validUntil: IsoDate): Date {
  return instantAt(addDays(validUntil, 1), 0);
}

/** 09:00 Moscow on the day from which `days` days of validity are left. */
export function alertDueAt(validUntil: IsoDate, days: number): Date {
  return instantAt(addDays(validUntil, 1 - days), ALERT_MINUTE_OF_DAY);
}

export interface ArmedAlert {
  readonly threshold: number;
  readonly dueAt: Date;
}

/**
 * The alert to arm next, below `raisedDown` (the smallest threshold already
 * raised for this expiry date; null if none). Thresholds already past at
 * `now` collapse into the nearest one, due at once: a certificate entered
 * with 60 days left gets one "90 days" alert now, then 30 and 7 on time —
 * never a burst of stale ones. Nothing once the certificate has lapsed.
 */
export function nextAlert(validUntil: IsoDate, now: Date, raisedDown: number | null): ArmedAlert | null {
  if (now.getTime() >= lapsesAt(validUntil).getTime()) return null;
  const left = CERTIFICATE_ALERT_THRESHOLDS.filter((n) => raisedDown === null || n < raisedDown);
  const past = left.filter((n) => alertDueAt(validUntil, n).getTime() <= now.getTime());
  const threshold = past.length > 0 ? Math.min(...past) : left[0];
  return threshold === undefined ? null : { threshold, dueAt: alertDueAt(validUntil, threshold) };
}

/** (Re)arms a certificate after it was created or its validity changed, in the caller's unit of work. */
export async function armExpiryAlert(em: EntityManager, certificate: Certificate, now: Date): Promise<void> {
  const raised = await em.find(
    CertificateExpiryAlert,
    { certificate: certificate.id, validUntil: certificate.validUntil },
    { fields: ['thresholdDays'] },
  );
  const raisedDown = raised.length > 0 ? Math.min(...raised.map((a) => a.thresholdDays)) : null;
  const next = nextAlert(certificate.validUntil, now, raisedDown);
  certificate.nextAlertAt = next?.dueAt ?? null;
  certificate.nextAlertThreshold = next?.threshold ?? null;
}

class AlreadyRaised extends Error {}

/**
 * Raises the armed alert of one certificate exactly once across processes and
 * restarts: the conditional update on the armed (instant, threshold, expiry
 * date) is the claim — whoever changes the row wins and moves it on to the
 * next threshold; the alert row's unique key is the second guard.
 */
export async function raiseCertificateAlert(em: EntityManager, clock: Clock, item: DueItem): Promise<CertificateExpiryAlert | null> {
  // Read in a unit of work of its own: the claim below must be the only write to the certificate row.
  const certificate = await em.fork().findOne(Certificate, item.id);
  const armed = certificate?.nextAlertThreshold ?? null;
  if (!certificate || armed === null || certificate.nextAlertAt?.getTime() !== item.dueAt.getTime()) return null;
  const now = clock.now();
  const validUntil = certificate.validUntil;
  // A timer that fires late (the server was down) reports the nearest threshold, not a stale one.
  const threshold = Math.min(...CERTIFICATE_ALERT_THRESHOLDS.filter((n) => n <= armed && alertDueAt(validUntil, n).getTime() <= now.getTime()), armed);
  const next = nextAlert(validUntil, now, threshold);
  try {
    return await em.transactional(async (tx) => {
      const claimed = await tx.nativeUpdate(
        Certificate,
        { id: certificate.id, nextAlertAt: item.dueAt, nextAlertThreshold: armed, validUntil },
        { nextAlertAt: next?.dueAt ?? null, nextAlertThreshold: next?.threshold ?? null },
      );
      if (claimed !== 1) throw new AlreadyRaised();
      return tx.create(CertificateExpiryAlert, {
        certificate: tx.getReference(Certificate, certificate.id),
        thresholdDays: threshold,
        validUntil,
        dueAt: alertDueAt(validUntil, threshold),
        raisedAt: now,
      });
    });
  } catch (error) {
    if (error instanceof AlreadyRaised || error instanceof UniqueConstraintViolationException) return null;
    throw error;
  }
}

/**
 * SVC-3 alerts as a durable deadline (like the SLA timers): the armed instant
 * is a column of the certificate, every process sweeps it, one wins each
 * alert. The lead adds it to the scheduler's sources in app.ts.
 */
export function certificateExpiryDeadlineSource(orm: MikroORM, deps: { clock: Clock; events: EventBus }): DeadlineSource {
  return {
    name: 'SVC-3 certificate expiry',
    async nearest(em: EntityManager) {
      const next = await em.findOne(Certificate, { nextAlertAt: { $ne: null } }, { orderBy: { nextAlertAt: 'asc' }, fields: ['id', 'nextAlertAt'] });
      return next?.nextAlertAt ?? null;
    },
    async due(em: EntityManager, now: Date, limit: number): Promise<DueItem[]> {
      const rows = await em.find(
        Certificate,
        { nextAlertAt: { $lte: now } },
        { orderBy: { nextAlertAt: 'asc', id: 'asc' }, limit, fields: ['id', 'nextAlertAt'] },
      );
      return rows.map((c) => ({ id: c.id, dueAt: c.nextAlertAt! }));
    },
    async fire(items: readonly DueItem[]) {
      for (const item of items) {
        const alert = await raiseCertificateAlert(orm.em.fork(), deps.clock, item);
        // Every process's feed (this one's included) reads the new row when it hears this.
        if (alert) deps.events.publish({ type: 'certificate.alert', alertId: alert.id });
      }
    },
  };
}
