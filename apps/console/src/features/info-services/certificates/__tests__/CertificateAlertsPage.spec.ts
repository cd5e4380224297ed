import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, certificate, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import CertificateAlertsPage from '../CertificateAlertsPage.vue';

const alert = (id: string, thresholdDays: number) => ({
  __typename: 'CertificateExpiryAlert',
  id,
  thresholdDays,
  validUntil: '2027-01-22',
  dueAt: '2026-10-24T06:00:00.000Z',
  raisedAt: '2026-10-24T06:00:01.000Z',
  message: `Сертификат № 2720 (ФСТЭК России) на Dallas Lock 8.0 действует до 22.01.2027: осталось ${thresholdDays} дней.`,
  certificate: certificate(),
});

let alerts = [alert('1', 90)];
const handler = answers({
  CertificateExpiryAlerts: () => ({ certificateExpiryAlerts: alerts }),
  CertificateLookup: () => ({
    certificates: [certificate(), certificate({ id: '2', number: '№ 4043', daysLeft: 700 }), certificate({ id: '3', number: '№ 1999', active: false, daysLeft: -5 })],
  }),
});

describe('CertificateAlertsPage (SVC-3, staff)', () => {
  beforeEach(() => {
    localStorage.clear();
    alerts = [alert('1', 90)];
  });

  it('lists the alerts raised and the certificates lapsing soon', async () => {
    signInAs(staffUser);
    const { wrapper } = await mountWithApp(CertificateAlertsPage, { route: '/certificates/alerts', handler });
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(wrapper.findAll('[data-testid="upcoming-row"]').map((r) => r.attributes('data-number'))).toEqual(['№ 1999', '№ 2720']);
    const raised = wrapper.findAll('[data-testid="certificate-alert"]');
    expect(raised).toHaveLength(1);
    expect(raised[0]!.text()).toContain('за 90 дн.');
    expect(raised[0]!.text()).toContain('действует до 22.01.2027');
  });

  it('a live alert brings the new list', async () => {
    signInAs(staffUser);
    const { wrapper, emit } = await mountWithApp(CertificateAlertsPage, { route: '/certificates/alerts', handler });
    for (let i = 0; i < 5; i += 1) await flushPromises();
    alerts = [alert('2', 30), ...alerts];
    emit('CertificateExpiryAlertRaised', { data: { certificateExpiryAlert: alerts[0] } });
    for (let i = 0; i < 6; i += 1) await flushPromises();
    expect(wrapper.findAll('[data-testid="certificate-alert"]').map((a) => a.attributes('data-threshold'))).toEqual(['30', '90']);
  });

  it('in English the alert is worded from its fields', async () => {
    signInAs(staffUser);
    const { wrapper } = await mountWithApp(CertificateAlertsPage, { route: '/certificates/alerts', handler, locale: 'en' });
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(wrapper.get('[data-testid="certificate-alert"]').text()).toContain('Certificate № 2720 (ФСТЭК России) for Dallas Lock 8.0 is valid until 22/01/2027: 90 days left.');
  });

  it('is for staff only', async () => {
    const { router } = await mountWithApp(CertificateAlertsPage, { route: '/certificates/alerts', handler });
    expect(router.currentRoute.value.name).toBe('sign-in');
  });
});
