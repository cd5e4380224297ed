import { describe, expect, it } from 'vitest';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp } from '@/test-support/mount-app';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import TicketSlaCard from '../TicketSlaCard.vue';

async function card(overrides: Parameters<typeof ticketDetail>[0]) {
  const { wrapper } = await mountWithApp(TicketSlaCard, { mount: { props: { ticket: ticketDetail(overrides) } } });
  const clocks = () => wrapper.findAll('[data-testid="ticket-clocks"] dt').map((dt) => dt.text());
  return { wrapper, clocks };
}

describe('TicketSlaCard: every deadline and clock at once (#14)', () => {
  useFakeClock(new Date('2026-02-16T10:05:00+03:00'));

  it('SLA-2: a new ticket shows its response deadline and the expected resolution, nothing closed or waiting', async () => {
    const { wrapper, clocks } = await card({});
    expect(clocks()).toEqual(['Поступила', 'Срок реакции', 'Ожидаемое решение']);
    expect(wrapper.find('[data-testid="response-outcome"]').exists()).toBe(false);
  });

  it('SLA-10, TKT-3, TKT-9: waiting for the customer — the decided outcome beside the deadline, the auto-close and the expected resolution together', async () => {
    const { wrapper, clocks } = await card({
      status: 'WAITING_FOR_CUSTOMER',
      respondedAt: '2026-02-16T10:10:00+03:00',
      slaOutcome: 'MET',
      waitingSince: '2026-02-16T11:00:00+03:00',
      autoCloseAt: '2026-03-03T00:00:00+03:00',
      expectedResolutionAt: '2026-02-20T18:00:00+03:00',
    });
    expect(clocks()).toEqual(['Поступила', 'Срок реакции', 'Автозакрытие без ответа (TKT-3)', 'Ожидаемое решение']);
    expect(wrapper.get('[data-testid="response-outcome"]').text()).toContain('Выполнено в срок');
    expect(wrapper.get('[data-testid="auto-close-due"]').text()).toContain('03.03.2026');
    expect(wrapper.get('[data-testid="auto-close-due"]').text()).toContain('ждёт ответа с');
    expect(wrapper.get('[data-testid="expected-resolution"]').text()).toContain('20.02.2026');
  });

  it('#14: a closed ticket shows its resolution time in service hours, waits excluded', async () => {
    const { wrapper, clocks } = await card({
      status: 'CLOSED',
      respondedAt: '2026-02-16T10:10:00+03:00',
      slaOutcome: 'BREACHED',
      closedAt: '2026-02-17T12:00:00+03:00',
      resolutionSeconds: 5400,
    });
    expect(clocks()).toEqual(['Поступила', 'Срок реакции', 'Ожидаемое решение', 'Время решения']);
    expect(wrapper.get('[data-testid="response-outcome"]').text()).toContain('Срок нарушен');
    expect(wrapper.get('[data-testid="resolution-time"]').text()).toContain('1 ч 30 мин');
  });

  it('#14: a ticket closed before measuring began says so', async () => {
    const { wrapper } = await card({ status: 'CLOSED', closedAt: '2026-02-17T12:00:00+03:00', resolutionSeconds: null });
    expect(wrapper.get('[data-testid="resolution-time"]').text()).toBe('не измерено');
  });
});
