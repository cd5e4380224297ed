import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import App from '@/app/App.vue';
// Certificate alerts open the lazily loaded staff page: load it once up front, not inside a test's time budget.
import '@/features/info-services/certificates/CertificateAlertsPage.vue';
import type { Role } from '@desk/schema';
import type { Locale } from '@/shared/i18n/locale';
import { CERTIFICATE_TOAST_MS, useAlertsStore } from '@/stores/alerts';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { certificateAlert, slaAlert } from '@/test-support/alerts';
import { agentAtTwentyPastTen, alertsSeenAt, mountAlertHost } from './alert-host';
import { savedSession } from '@/test-support/users';


const slaHistory = [
  slaAlert({ id: 'h1', ticket: { id: '11', subject: 'Первая' }, kind: 'BREACHED', raisedAt: '2026-02-16T10:05:00+03:00' }),
  slaAlert({ id: 'h2', ticket: { id: '12', subject: 'Вторая' }, kind: 'AT_RISK', raisedAt: '2026-02-16T09:30:00+03:00' }),
];
const certificateHistory = [
  // Raised after the user last looked: unread.
  certificateAlert({ id: 'c1', thresholdDays: 30, raisedAt: '2026-02-16T10:10:00+03:00' }),
  certificateAlert({
    id: 'c2',
    thresholdDays: 90,
    validUntil: '2026-05-15',
    raisedAt: '2026-02-14T09:00:00+03:00',
    certificate: { id: 'cert-4100', number: '№ 4100', productVersions: null, product: { __typename: 'Product', id: 'prod-fw', name: 'Рубикон' } },
  }),
];

const handler: OperationHandler = (operation) => {
  if (operation.operationName === 'SlaAlerts') return { data: { slaAlerts: slaHistory } };
  if (operation.operationName === 'CertificateAlerts') return { data: { certificateExpiryAlerts: certificateHistory } };
  return { data: null };
};

const mountHost = (locale: Locale = 'ru') => mountAlertHost(handler, { locale });

const live = () => certificateAlert({ id: 'live-1', thresholdDays: 7, validUntil: '2026-02-23', raisedAt: '2026-02-16T10:20:30+03:00' });

describe('certificate expiry alerts in the toasts and the alert centre (SVC-3)', () => {
  agentAtTwentyPastTen();

  it('subscribes next to slaAlert; a live alert is an informational toast in its own words that leaves by itself', async () => {
    const { wrapper, emit, operations } = await mountHost();
    expect(operations.some((op) => op.operationName === 'CertificateAlert')).toBe(true);
    expect(operations.some((op) => op.operationName === 'SlaAlert')).toBe(true);
    expect(operations.find((op) => op.operationName === 'CertificateAlerts')?.variables).toEqual({ first: 50 });

    // Not in the history (another certificate, also printed № 2720): new, so it toasts.
    emit('CertificateAlert', { data: { certificateExpiryAlert: certificateAlert({ id: 'live-30', certificate: { id: 'cert-2720-b' } }) } });
    await flushPromises();
    const toast = wrapper.get('[data-testid="alert-toast"][data-source="certificate"]');
    expect(toast.attributes('data-kind')).toBe('CERTIFICATE');
    expect(toast.attributes('data-certificate-number')).toBe('№ 2720');
    expect(toast.attributes('data-threshold')).toBe('30');
    expect(toast.attributes('data-ticket-number')).toBeUndefined();
    expect(toast.classes()).toContain('alert-toast--certificate');
    expect(toast.classes()).not.toContain('alert-toast--breached');
    expect(toast.classes()).not.toContain('alert-toast--at_risk');
    expect(toast.attributes('role')).toBe('status');
    expect(toast.text()).toContain('Срок сертификата');
    expect(toast.text()).toContain('Сертификат № 2720 на Dallas Lock 8.0 истекает через 30 дней (до 01.02.2027)');
    expect(toast.text()).toContain('ФСТЭК России');
    expect(toast.get('[data-testid="alert-toast-dismiss"]').attributes('aria-label')).toBe('Скрыть оповещение о сертификате № 2720');

    await vi.advanceTimersByTimeAsync(CERTIFICATE_TOAST_MS + 10);
    await flushPromises();
    expect(wrapper.findAll('[data-testid="alert-toast"]')).toHaveLength(0);
    // Gone from the corner, still unread in the centre.
    expect(useAlertsStore().entries.find((entry) => entry.source === 'certificate' && entry.alert.id === 'live-30')?.read).toBe(false);
  });

  it('a certificate toast and an SLA toast side by side keep their own looks', async () => {
    const { wrapper, emit } = await mountHost();
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '21', number: 'SD-000021' }, kind: 'BREACHED' }) } });
    emit('CertificateAlert', { data: { certificateExpiryAlert: live() } });
    await flushPromises();
    const toasts = wrapper.findAll('[data-testid="alert-toast"]');
    expect(toasts.map((toast) => toast.attributes('data-kind'))).toEqual(['CERTIFICATE', 'BREACHED']);
    expect(toasts[0]!.text()).toContain('истекает через 7 дней (до 23.02.2026)');
    expect(toasts[1]!.classes()).toContain('alert-toast--breached');
    expect(toasts[1]!.attributes('role')).toBe('alert');
  });

  it('clicking the toast opens the certificate expiry page and reads the alert', async () => {
    const { wrapper, emit, router } = await mountHost();
    emit('CertificateAlert', { data: { certificateExpiryAlert: live() } });
    await flushPromises();
    const before = useAlertsStore().unreadCount;
    await wrapper.get('[data-testid="alert-toast"][data-source="certificate"] [data-testid="alert-toast-open"]').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('certificate-alerts'), { timeout: 15_000 });
    expect(router.currentRoute.value.fullPath).toBe('/certificates/alerts');
    expect(useAlertsStore().toasts).toHaveLength(0);
    expect(useAlertsStore().unreadCount).toBe(before - 1);
  });

  it('the bell counts certificate alerts; the panel lists them among SLA alerts, newest first, and opens the page', async () => {
    const { wrapper, emit, router } = await mountHost();
    // h1 (SLA) and c1 (certificate) were raised after the user last looked; h2 and c2 before.
    expect(wrapper.get('[data-testid="alert-unread"]').text()).toBe('2');
    emit('CertificateAlert', { data: { certificateExpiryAlert: live() } });
    await flushPromises();
    const button = wrapper.get('[data-testid="alert-center-button"]');
    expect(wrapper.get('[data-testid="alert-unread"]').text()).toBe('3');

    await button.trigger('click');
    const items = wrapper.findAll('[data-testid="alert-center-item"]');
    expect(items.map((item) => `${item.attributes('data-source')}:${item.attributes('data-ticket-number') ?? item.attributes('data-certificate-number')}`)).toEqual([
      'certificate:№ 2720',
      'certificate:№ 2720',
      'sla:SD-000011',
      'sla:SD-000012',
      'certificate:№ 4100',
    ]);
    expect(items.map((item) => item.attributes('data-threshold') ?? null)).toEqual(['7', '30', null, null, '90']);
    expect(items[0]!.classes()).toEqual(expect.arrayContaining(['alert-center__item--certificate', 'alert-center__item--fresh']));
    expect(items[4]!.classes()).not.toContain('alert-center__item--fresh');
    expect(items[4]!.text()).toContain('Сертификат № 4100 на Рубикон истекает через 90 дней (до 15.05.2026)');
    expect(items[1]!.text()).toContain('Срок сертификата');
    expect(wrapper.find('[data-testid="alert-unread"]').exists()).toBe(false);

    await items[1]!.get('button').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('certificate-alerts'), { timeout: 15_000 });
    expect(wrapper.find('[data-testid="alert-center-panel"]').exists()).toBe(false);
  });

  it('speaks English when the console does', async () => {
    const { wrapper, emit } = await mountHost('en');
    emit('CertificateAlert', { data: { certificateExpiryAlert: certificateAlert({ id: 'en-1', certificate: { id: 'cert-2720-b' } }) } });
    await flushPromises();
    const toast = wrapper.get('[data-testid="alert-toast"][data-source="certificate"]');
    expect(toast.text()).toContain('Certificate expiry');
    expect(toast.text()).toContain('Certificate № 2720 for Dallas Lock 8.0 expires in 30 days (valid until 01/02/2027)');
    expect(toast.get('[data-testid="alert-toast-dismiss"]').attributes('aria-label')).toBe('Dismiss the alert for certificate № 2720');
  });

  it('fetches the certificate history again after a reconnect, without toasts', async () => {
    let reconnected: (() => void) | null = null;
    const socket = {
      onReconnected: (listener: () => void) => {
        reconnected = listener;
        return () => undefined;
      },
    };
    const { wrapper, operations } = await mountAlertHost(handler, { socket: socket as never });
    const asked = () => operations.filter((op) => op.operationName === 'CertificateAlerts').length;
    expect(asked()).toBe(1);
    expect(reconnected).not.toBeNull();
    reconnected!();
    await flushPromises();
    expect(asked()).toBe(2);
    expect(wrapper.findAll('[data-testid="alert-toast"]')).toHaveLength(0);
  });
});

describe('certificate alerts and the tab title', () => {
  alertsSeenAt('2026-02-16T10:00:00');

  it('count as unread in the tab title for staff', async () => {
    savedSession('TEAM_LEAD');
    const { emit } = await mountWithApp(App, { route: '/queue', handler });
    useAlertsStore().setBeep(vi.fn());
    await vi.waitFor(() => expect(document.title).toBe('(2) Очередь заявок — Служба технической поддержки'));
    emit('CertificateAlert', { data: { certificateExpiryAlert: live() } });
    await vi.waitFor(() => expect(document.title).toBe('(3) Очередь заявок — Служба технической поддержки'));
  });

  it.each<Role>(['CUSTOMER', 'PARTNER'])('%s: nothing is asked for and nothing is shown', async (role) => {
    savedSession(role);
    const { wrapper, operations } = await mountWithApp(App, { route: '/portal', handler });
    await flushPromises();
    expect(operations.some((op) => op.operationName === 'CertificateAlert' || op.operationName === 'CertificateAlerts')).toBe(false);
    expect(wrapper.find('[data-testid="alert-toasts"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="alert-center-button"]').exists()).toBe(false);
    expect(document.title).not.toMatch(/^\(\d+\)/);
  });
});
