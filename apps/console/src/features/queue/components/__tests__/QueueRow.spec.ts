import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp } from '@/test-support/mount-app';
import { queueTicket } from '@/test-support/tickets';
import { useClockStore } from '@/shared/time/clock';
import type { QueueTicket } from '@/stores/queue';
import QueueRow from '../QueueRow.vue';

const msk = (local: string) => new Date(`${local}+03:00`);

function inTable(ticket: QueueTicket, onStart = (_: QueueTicket) => undefined) {
  return defineComponent({
    setup: () => () => h('table', [h('tbody', [h(QueueRow, { ticket, starting: false, onStart })])]),
  });
}

// SLA-4's example: CRITICAL BASIC received Friday 17:50 MSK, due Monday 09:20.
const fridayBasic = queueTicket({
  id: '2',
  number: 'SD-000002',
  priority: 2,
  supportLevel: 'BASIC',
  receivedAt: '2026-02-13T17:50:00+03:00',
  responseDueAt: '2026-02-16T09:20:00+03:00',
  atRiskAt: '2026-02-16T09:12:30+03:00',
});

const nightExtended = queueTicket({
  id: '1',
  number: 'SD-000001',
  priority: 1,
  supportLevel: 'EXTENDED',
  receivedAt: '2026-02-14T02:00:00+03:00',
  responseDueAt: '2026-02-14T02:20:00+03:00',
  atRiskAt: '2026-02-14T02:15:00+03:00',
});

describe('QueueRow SLA countdown', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    useClockStore().stop();
    vi.useRealTimers();
  });

  it('SLA-4: a BASIC ticket outside service hours shows "paused until" the next opening', async () => {
    vi.setSystemTime(msk('2026-02-13T19:00:00'));
    const { wrapper } = await mountWithApp(inTable(fridayBasic), { route: '/sign-in' });
    const sla = wrapper.get('[data-testid="sla-countdown"]');
    expect(sla.attributes('data-paused')).toBe('true');
    expect(wrapper.get('[data-testid="sla-main"]').text()).toBe('пауза до пн 09:00');
    expect(sla.text()).toContain('осталось 20:00');
    expect(sla.attributes('title')).toContain('Срок реакции: 16.02.2026, 09:20 МСК');
    expect(wrapper.get('tr').classes()).toContain('queue-row--on_track');

    // A whole night later nothing has run down.
    vi.advanceTimersByTime(8 * 3600 * 1000);
    await flushPromises();
    expect(wrapper.get('[data-testid="sla-main"]').text()).toBe('пауза до пн 09:00');
  });

  it('SLA-4: the same countdown says it in English', async () => {
    vi.setSystemTime(msk('2026-02-13T19:00:00'));
    const { wrapper } = await mountWithApp(inTable(fridayBasic), { route: '/sign-in', locale: 'en' });
    expect(wrapper.get('[data-testid="sla-main"]').text()).toBe('paused until Mon 09:00');
  });

  it('SLA-7: the row turns AT_RISK and then BREACHED as the shared clock ticks', async () => {
    vi.setSystemTime(msk('2026-02-14T02:14:58'));
    const { wrapper } = await mountWithApp(inTable(nightExtended), { route: '/sign-in' });
    const row = () => wrapper.get('tr');
    expect(row().classes()).toContain('queue-row--on_track');
    expect(wrapper.get('[data-testid="sla-main"]').text()).toBe('осталось 5:02');

    vi.advanceTimersByTime(2000);
    await flushPromises();
    expect(row().classes()).toContain('queue-row--at_risk');
    expect(row().attributes('data-sla-state')).toBe('AT_RISK');
    expect(wrapper.get('[data-testid="sla-countdown"]').text()).toContain('Под угрозой');

    vi.advanceTimersByTime(5 * 60 * 1000 + 30_000);
    await flushPromises();
    expect(row().classes()).toContain('queue-row--breached');
    expect(wrapper.get('[data-testid="sla-main"]').text()).toBe('просрочено на 0:30');
  });

  it('shows the columns of the queue and asks to start work', async () => {
    vi.setSystemTime(msk('2026-02-14T02:05:00'));
    const onStart = vi.fn();
    const { wrapper } = await mountWithApp(inTable(nightExtended, onStart), { route: '/sign-in' });
    const cells = wrapper.findAll('td').map((td) => td.text());
    expect(cells.slice(0, 7)).toEqual(['SD-000001', 'P1', 'Критичная', 'Расширенный', 'ПАО Бета', 'Заявка 1', 'не назначен']);
    const button = wrapper.get('[data-testid="start-work"]');
    expect(button.attributes('aria-label')).toBe('Взять в работу заявку SD-000001');
    await button.trigger('click');
    expect(onStart).toHaveBeenCalledWith(nightExtended);
  });
});
