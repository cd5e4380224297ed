import { addDays, instantAt, moscowDateOf } from '@desk/sla';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CertificateExpiryAlert } from '../../src/entities/info-services/certificate-expiry-alert.entity.js';
import { AGENT1, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { createTicket } from '../support/tickets.js';
import { expectCode } from '../support/expect-errors.js';
import { certificateScheduler, startInfoTestApp, type InfoTestApp } from '../support/info-services-test-app.js';
import { subscribe } from '../support/subscription-client.js';
import { ManualClock, type TestApp } from '../support/test-app.js';
import { createTestDatabase, TEST_DATABASES } from '../support/test-database.js';

const CERTIFICATES = `query($productId: ID, $number: String, $expired: Boolean) {
  certificates(productId: $productId, number: $number, includeExpired: $expired) { id number issuer validFrom validUntil active daysLeft product { name } }
}`;
const CREATE = `mutation($input: CreateCertificateInput!) { createCertificate(input: $input) { id number validUntil nextAlertAt } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateCertificateInput!) { updateCertificate(id: $id, input: $input) { id validUntil nextAlertAt } }`;
const ALERTS = `query($id: ID) { certificateExpiryAlerts(certificateId: $id) { thresholdDays validUntil dueAt raisedAt message certificate { id number } } }`;
const LIVE = `subscription { certificateExpiryAlert { thresholdDays validUntil message certificate { id number product { name } } } }`;

// Wednesday 2026-03-04 12:00 MSK.
const START = new Date('2026-03-04T09:00:00Z');
const START_DAY = moscowDateOf(START);

interface AlertView {
  thresholdDays: number;
  validUntil: string;
  dueAt: string;
  raisedAt: string;
  message: string;
  certificate: { id: string; number: string };
}

/** 09:00 Moscow on the day `days` days of validity are left for a certificate valid through `validUntil`. */
function thresholdInstant(validUntil: string, days: number): Date {
  return instantAt(addDays(validUntil, 1 - days), 9 * 60);
}

describe.each(TEST_DATABASES)('SVC-3 certificates on %s', (kind) => {
  let info: InfoTestApp;
  let t: TestApp;
  let clock: ManualClock;
  let lead: string;
  let dallas: string;

  beforeAll(async () => {
    clock = new ManualClock(START);
    info = await startInfoTestApp(kind, { clock });
    t = info.t;
    lead = await t.login(LEAD);
    dallas = ((await t.gql('{ products { id name } }')).products as { id: string; name: string }[]).find((p) => p.name === 'Dallas Lock 8.0')!.id;
  });
  afterAll(async () => info?.close());

  async function certificate(number: string, validUntil: string, validFrom = '2024-01-01'): Promise<string> {
    const input = { productId: dallas, number, issuer: 'ФСТЭК России', productVersions: '8.0', validFrom, validUntil };
    return (await t.gql(CREATE, { input }, lead)).createCertificate.id;
  }

  async function alertsOf(id: string): Promise<AlertView[]> {
    return (await t.gql(ALERTS, { id }, lead)).certificateExpiryAlerts;
  }

  it('SVC-3: customers look certificates up by product or number, without signing in; lapsed ones on request', async () => {
    await certificate('№ 1111', addDays(START_DAY, -1), '2020-01-01');
    const current = (await t.gql(CERTIFICATES, { productId: dallas })).certificates as { number: string; active: boolean; daysLeft: number }[];
    expect(current.map((c) => c.number)).toContain('№ 2720');
    expect(current.map((c) => c.number)).not.toContain('№ 1111');
    // The demo certificate lapses in about 60 days.
    expect(current.find((c) => c.number === '№ 2720')).toMatchObject({ active: true, daysLeft: 61 });
    const byNumber = (await t.gql(CERTIFICATES, { number: '2720' })).certificates;
    expect(byNumber).toHaveLength(1);
    expect(byNumber[0]).toMatchObject({ number: '№ 2720', issuer: 'ФСТЭК России', product: { name: 'Dallas Lock 8.0' } });
    const lapsed = (await t.gql(CERTIFICATES, { number: '№1111', expired: true })).certificates;
    expect(lapsed).toMatchObject([{ number: '№ 1111', active: false, daysLeft: 0 }]);
  });

  it('SVC-3: a CERTIFICATE_INFO ticket shows the certificates of its product, to the customer and the agent', async () => {
    const customer = await t.login(ALFA);
    const ticket = await createTicket(t, customer, { category: 'CERTIFICATE_INFO', subject: 'Срок действия сертификата' });
    const query = `query($id: ID!) { ticket(id: $id) { category productCertificates { number validUntil } } }`;
    for (const token of [customer, await t.login(AGENT1), await t.login(PARTNER)]) {
      const data = (await t.gql(query, { id: ticket.id }, token)).ticket;
      expect(data.category).toBe('CERTIFICATE_INFO');
      expect(data.productCertificates.map((c: { number: string }) => c.number)).toContain('№ 2720');
    }
  });

  it('SVC-3: only staff maintain certificates and see their alerts', async () => {
    const customer = await t.login(ALFA);
    const input = { productId: dallas, number: '№ 9', issuer: 'ФСТЭК России', validFrom: '2026-01-01', validUntil: '2027-01-01' };
    await expectCode(t, 'FORBIDDEN', CREATE, { input }, customer);
    await expectCode(t, 'UNAUTHENTICATED', CREATE, { input });
    await expectCode(t, 'FORBIDDEN', ALERTS, {}, customer);
    const invalid = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: { ...input, validFrom: '2027-02-01', number: '' } }, lead);
    expect(invalid.extensions?.fields?.map((f) => f.field).sort()).toEqual(['input.number', 'input.validUntil']);
    const live = await subscribe(t.url, customer, LIVE);
    try {
      await expect.poll(() => live.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(live.errors)).toContain('FORBIDDEN');
    } finally {
      await live.close();
    }
  });

  it('SVC-3: the demo certificate, ~60 days from expiry, raises its 90-day alert at the first sweep, and only that', async () => {
    const demo = (await t.gql(CERTIFICATES, { number: '2720' })).certificates[0] as { id: string; validUntil: string };
    const scheduler = certificateScheduler(t);
    await scheduler.sweep();
    await scheduler.sweep();
    const alerts = await alertsOf(demo.id);
    expect(alerts.map((a) => a.thresholdDays)).toEqual([90]);
    expect(alerts[0]!.message).toBe(`Сертификат № 2720 (ФСТЭК России) на Dallas Lock 8.0 действует до ${demo.validUntil.split('-').reverse().join('.')}: осталось 90 дней.`);
    await scheduler.stop();
  });

  it('SVC-3: staff are alerted 90, 30 and 7 days before expiry, each exactly once, live and kept', async () => {
    const validUntil = addDays(START_DAY, 100);
    const id = await certificate('№ 5001', validUntil);
    const scheduler = certificateScheduler(t);
    const sweepAt = async (at: Date) => {
      clock.set(at);
      await scheduler.sweep();
      await t.app.services.live.drained();
    };
    const live = await subscribe<{ certificateExpiryAlert: AlertView & { certificate: { product: { name: string } } } }>(t.url, lead, LIVE);
    try {
      await sweepAt(START);
      expect(await alertsOf(id)).toEqual([]);
      for (const days of [90, 30, 7]) {
        const due = thresholdInstant(validUntil, days);
        await sweepAt(new Date(due.getTime() - 1));
        expect((await alertsOf(id)).map((a) => a.thresholdDays)).not.toContain(days);
        await sweepAt(due);
        await sweepAt(new Date(due.getTime() + 3600_000));
        const kept = await alertsOf(id);
        expect(kept.filter((a) => a.thresholdDays === days)).toHaveLength(1);
        expect(kept[0]).toMatchObject({ thresholdDays: days, validUntil, dueAt: due.toISOString(), certificate: { number: '№ 5001' } });
      }
      await sweepAt(thresholdInstant(validUntil, 0));
      await sweepAt(new Date(thresholdInstant(validUntil, 0).getTime() + 30 * 86_400_000));
      const all = await alertsOf(id);
      expect(all.map((a) => a.thresholdDays)).toEqual([7, 30, 90]);
      expect(all[0]!.message).toContain('осталось 7 дней');

      const mine = await live.until((events) => events.filter((e) => e.certificateExpiryAlert.certificate.id === id).length >= 3);
      const received = mine.filter((e) => e.certificateExpiryAlert.certificate.id === id).map((e) => e.certificateExpiryAlert);
      expect(received.map((a) => a.thresholdDays)).toEqual([90, 30, 7]);
      expect(received[0]!.certificate.product.name).toBe('Dallas Lock 8.0');
      expect(live.errors).toEqual([]);
    } finally {
      await live.close();
      await scheduler.stop();
    }
  });

  it('SVC-3: two processes sweeping at once raise each alert once', async () => {
    clock.set(START);
    const validUntil = addDays(START_DAY, 95);
    const id = await certificate('№ 5002', validUntil);
    const schedulers = [certificateScheduler(t), certificateScheduler(t), certificateScheduler(t)];
    clock.set(thresholdInstant(validUntil, 90));
    await Promise.all(schedulers.map((s) => s.sweep()));
    clock.set(thresholdInstant(validUntil, 30));
    await Promise.all(schedulers.map((s) => s.sweep()));
    expect((await alertsOf(id)).map((a) => a.thresholdDays)).toEqual([30, 90]);
    await Promise.all(schedulers.map((s) => s.stop()));
  });

  it('SVC-3: a sweep after a long outage raises only the nearest threshold, not a burst of stale ones', async () => {
    clock.set(START);
    const validUntil = addDays(START_DAY, 120);
    const id = await certificate('№ 5003', validUntil);
    const scheduler = certificateScheduler(t);
    clock.set(thresholdInstant(validUntil, 5));
    await scheduler.sweep();
    await scheduler.sweep();
    expect((await alertsOf(id)).map((a) => a.thresholdDays)).toEqual([7]);
    await scheduler.stop();
  });

  it('SVC-3: a renewal re-arms the alerts for the new expiry date', async () => {
    clock.set(START);
    const scheduler = certificateScheduler(t);
    const validUntil = addDays(START_DAY, 40);
    const id = await certificate('№ 5004', validUntil);
    await scheduler.sweep();
    expect((await alertsOf(id)).map((a) => a.thresholdDays)).toEqual([90]);
    const renewed = addDays(START_DAY, 400);
    const updated = (await t.gql(UPDATE, { id, input: { validUntil: renewed } }, lead)).updateCertificate;
    expect(updated.nextAlertAt).toBe(thresholdInstant(renewed, 90).toISOString());
    clock.set(thresholdInstant(validUntil, 30));
    await scheduler.sweep();
    expect((await alertsOf(id)).map((a) => a.thresholdDays)).toEqual([90]);
    clock.set(thresholdInstant(renewed, 90));
    await scheduler.sweep();
    expect((await alertsOf(id)).map((a) => [a.thresholdDays, a.validUntil])).toEqual([
      [90, renewed],
      [90, validUntil],
    ]);
    await scheduler.stop();
  });
});

describe.each(TEST_DATABASES)('SVC-3 certificate alerts across a restart on %s', (kind) => {
  it('SVC-3: after a restart every threshold is still raised once', async () => {
    const database = await createTestDatabase(kind, { migrated: true });
    const clock = new ManualClock(START);
    const validUntil = addDays(START_DAY, 100);
    let certificateId = '';
    try {
      const first = await startInfoTestApp(kind, { clock, database });
      try {
        const lead = await first.t.login(LEAD);
        const dallas = ((await first.t.gql('{ products { id name } }')).products as { id: string; name: string }[]).find((p) => p.name === 'Dallas Lock 8.0')!;
        certificateId = (
          await first.t.gql(CREATE, { input: { productId: dallas.id, number: '№ 7001', issuer: 'ФСТЭК России', validFrom: '2025-01-01', validUntil } }, lead)
        ).createCertificate.id;
        clock.set(thresholdInstant(validUntil, 90));
        const scheduler = certificateScheduler(first.t);
        await scheduler.sweep();
        await scheduler.stop();
      } finally {
        await first.close();
      }

      const second = await startInfoTestApp(kind, { clock, database });
      try {
        const scheduler = certificateScheduler(second.t);
        const count = () => second.t.app.orm.em.fork().find(CertificateExpiryAlert, { certificate: Number(certificateId) }, { orderBy: { id: 'asc' } });
        await scheduler.sweep();
        expect((await count()).map((a) => a.thresholdDays)).toEqual([90]);
        clock.set(thresholdInstant(validUntil, 30));
        await scheduler.sweep();
        await scheduler.sweep();
        expect((await count()).map((a) => a.thresholdDays)).toEqual([90, 30]);
        await scheduler.stop();
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });
});
