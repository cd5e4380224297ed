import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import App from '@/app/App.vue';
// Toasts navigate to the lazily loaded ticket page: load it once up front, not inside a test's time budget.
import '@/features/ticket/TicketPage.vue';
import { ALERT_SOUND_STORAGE_KEY, AT_RISK_TOAST_MS, useAlertsStore } from '@/stores/alerts';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { slaAlert, slaOf } from '@/test-support/alerts';
import { agentAtTwentyPastTen, alertsSeenAt, mountAlertHost } from './alert-host';
import { savedSession } from '@/test-support/users';


const history = [
  slaAlert({ id: 'h1', ticket: { id: '11', subject: 'Первая' }, kind: 'BREACHED', raisedAt: '2026-02-16T10:05:00+03:00' }),
  slaAlert({ id: 'h2', ticket: { id: '12', subject: 'Вторая' }, kind: 'AT_RISK', raisedAt: '2026-02-16T09:30:00+03:00' }),
];

const handler: OperationHandler = (operation) => {
  if (operation.operationName === 'SlaAlerts') return { data: { slaAlerts: history } };
  // Certificate expiry alerts (SVC-3) share the feed: none here, see CertificateAlerts.spec.ts.
  if (operation.operationName === 'CertificateAlerts') return { data: { certificateExpiryAlerts: [] } };
  if (operation.operationName === 'MyTickets') {
    return { data: { tickets: { __typename: 'TicketConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, totalCount: 0 } } };
  }
  return { data: null };
};

const mountHost = () => mountAlertHost(handler);

describe('SLA alert toasts and the alert centre', () => {
  agentAtTwentyPastTen();

  it('SLA-7: a live BREACHED alert is a red toast that stays; AT_RISK is amber and goes away by itself', async () => {
    const { wrapper, emit, operations } = await mountHost();
    expect(operations.some((op) => op.operationName === 'SlaAlert')).toBe(true);
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '21', number: 'SD-000021' }, kind: 'BREACHED' }) } });
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '22', number: 'SD-000022' }, kind: 'AT_RISK' }) } });
    await flushPromises();

    const toasts = () => wrapper.findAll('[data-testid="alert-toast"]');
    expect(toasts().map((toast) => toast.attributes('data-kind'))).toEqual(['AT_RISK', 'BREACHED']);
    const breached = wrapper.get('[data-testid="alert-toast"][data-kind="BREACHED"]');
    expect(breached.classes()).toContain('alert-toast--breached');
    expect(breached.attributes('role')).toBe('alert');
    expect(breached.text()).toContain('Срок реакции нарушен');
    expect(breached.text()).toContain('SD-000021');
    expect(wrapper.get('[data-testid="alert-toast"][data-kind="AT_RISK"]').classes()).toContain('alert-toast--at_risk');

    await vi.advanceTimersByTimeAsync(AT_RISK_TOAST_MS + 10);
    await flushPromises();
    expect(useAlertsStore().toasts.map((toast) => slaOf(toast).kind)).toEqual(['BREACHED']);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(useAlertsStore().toasts).toHaveLength(1);

    await wrapper.get('[data-testid="alert-toast-dismiss"]').trigger('click');
    expect(useAlertsStore().toasts).toHaveLength(0);
  });

  it('#16: resumes after the newest alert version it holds; an alert replayed after a reconnect toasts with a "late" mark', async () => {
    const { wrapper, emit, operations } = await mountHost();
    const subscription = operations.find((op) => op.operationName === 'SlaAlert')!;
    // graphql-ws serialises the payload on every (re)subscribe: after the newest version of the history.
    expect(JSON.parse(JSON.stringify(subscription.variables))).toEqual({ after: Math.max(...history.map((alert) => alert.version ?? 0)) });
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '31', number: 'SD-000031' }, kind: 'BREACHED', raisedAt: '2026-02-16T10:12:00+03:00' }) } });
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '32', number: 'SD-000032' }, kind: 'AT_RISK', raisedAt: '2026-02-16T10:20:58+03:00' }) } });
    await flushPromises();
    const late = wrapper.get('[data-testid="alert-toast"][data-ticket-number="SD-000031"]');
    expect(late.attributes('data-late')).toBe('true');
    expect(late.get('[data-testid="alert-toast-late"]').text()).toBe('с опозданием: поднято 10:12 МСК');
    expect(wrapper.get('[data-testid="alert-toast"][data-ticket-number="SD-000032"]').find('[data-testid="alert-toast-late"]').exists()).toBe(false);
  });

  it('clicking a toast opens the ticket and reads the alert', async () => {
    const { wrapper, emit, router } = await mountHost();
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '21' }, kind: 'BREACHED' }) } });
    await flushPromises();
    const before = useAlertsStore().unreadCount;
    await wrapper.get('[data-testid="alert-toast-open"]').trigger('click');
    // The ticket page loads lazily: wait for the navigation.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ticket'), { timeout: 15_000 });
    expect(router.currentRoute.value.params.id).toBe('21');
    expect(useAlertsStore().toasts).toHaveLength(0);
    expect(useAlertsStore().unreadCount).toBe(before - 1);
  });

  it('the bell counts unread alerts; its panel lists history and live alerts and marks them read', async () => {
    const { wrapper, emit, router } = await mountHost();
    // h1 was raised after the user last looked, h2 before.
    expect(wrapper.get('[data-testid="alert-unread"]').text()).toBe('1');
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '23', number: 'SD-000023' }, kind: 'AT_RISK', raisedAt: '2026-02-16T10:20:30+03:00' }) } });
    await flushPromises();
    const button = wrapper.get('[data-testid="alert-center-button"]');
    expect(wrapper.get('[data-testid="alert-unread"]').text()).toBe('2');
    expect(button.attributes('aria-label')).toBe('Оповещения: непрочитанных 2');

    await button.trigger('click');
    const items = wrapper.findAll('[data-testid="alert-center-item"]');
    expect(items.map((item) => item.attributes('data-ticket-number'))).toEqual(['SD-000023', 'SD-000011', 'SD-000012']);
    expect(items[0]!.classes()).toContain('alert-center__item--fresh');
    expect(items[2]!.classes()).not.toContain('alert-center__item--fresh');
    expect(wrapper.find('[data-testid="alert-unread"]').exists()).toBe(false);
    expect(button.attributes('aria-expanded')).toBe('true');

    await items[1]!.get('button').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.params.id).toBe('11'), { timeout: 15_000 });
    expect(wrapper.find('[data-testid="alert-center-panel"]').exists()).toBe(false);
  });

  it('sound is off by default and the toggle is remembered', async () => {
    const { wrapper } = await mountHost();
    await wrapper.get('[data-testid="alert-center-button"]').trigger('click');
    const toggle = wrapper.get<HTMLInputElement>('[data-testid="alert-sound-toggle"]');
    expect(toggle.element.checked).toBe(false);
    await toggle.setValue(true);
    expect(useAlertsStore().soundEnabled).toBe(true);
    expect(localStorage.getItem(ALERT_SOUND_STORAGE_KEY)).toBe('on');
  });

  it('closes the panel with Escape and gives the focus back to the bell', async () => {
    const { wrapper } = await mountHost();
    await wrapper.get('[data-testid="alert-center-button"]').trigger('click');
    expect(wrapper.find('[data-testid="alert-center-panel"]').exists()).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await flushPromises();
    expect(wrapper.find('[data-testid="alert-center-panel"]').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.get('[data-testid="alert-center-button"]').element);
  });
});

describe('the tab title', () => {
  alertsSeenAt('2026-02-16T09:00:00');

  it('shows the unread count for staff: "(3) Очередь заявок — Служба технической поддержки"', async () => {
    savedSession('AGENT');
    const { emit } = await mountWithApp(App, { route: '/queue', handler });
    useAlertsStore().setBeep(vi.fn());
    await vi.waitFor(() => expect(document.title).toBe('(2) Очередь заявок — Служба технической поддержки'));
    emit('SlaAlert', { data: { slaAlert: slaAlert({ ticket: { id: '30' } }) } });
    await vi.waitFor(() => expect(document.title).toBe('(3) Очередь заявок — Служба технической поддержки'));
    useAlertsStore().markAllRead();
    await vi.waitFor(() => expect(document.title).toBe('Очередь заявок — Служба технической поддержки'));
  });

  it('has no alerts for customers', async () => {
    savedSession('CUSTOMER');
    const { operations } = await mountWithApp(App, { route: '/portal', handler });
    await flushPromises();
    expect(operations.some((op) => op.operationName === 'SlaAlert' || op.operationName === 'SlaAlerts')).toBe(false);
    expect(document.title).toBe('Заявки организации — Служба технической поддержки');
  });
});
