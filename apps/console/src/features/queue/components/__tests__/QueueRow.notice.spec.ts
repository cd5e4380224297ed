import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mountWithApp } from '@/test-support/mount-app';
import { queueTicket } from '@/test-support/tickets';
import type { QueueTicket } from '@/stores/queue';
import QueueRow from '../QueueRow.vue';

function inTable(ticket: QueueTicket) {
  return defineComponent({
    setup: () => () => h('table', [h('tbody', [h(QueueRow, { ticket, starting: false })])]),
  });
}

describe('QueueRow: the reaction notice (SLA-3)', () => {
  it('a NEW ticket offers "start work" and no notice mark', async () => {
    const { wrapper } = await mountWithApp(inTable(queueTicket({ id: '7' })), { route: '/sign-in', locale: 'en' });
    expect(wrapper.find('[data-testid="start-work"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="notice-pending"]').exists()).toBe(false);
  });

  it('a taken ticket whose notice is not yet received is marked "notified: pending" and opens the ticket instead', async () => {
    const ticket = queueTicket({ id: '8', status: 'IN_PROGRESS', reactionNotice: { __typename: 'ReactionNotice', state: 'PENDING', channel: 'EMAIL' } });
    const { wrapper } = await mountWithApp(inTable(ticket), { route: '/sign-in', locale: 'en' });
    expect(wrapper.find('[data-testid="notice-pending"]').text()).toBe('notified: pending');
    expect(wrapper.find('[data-testid="start-work"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="open-to-notify"]').attributes('href')).toBe('/tickets/8');
  });

  it('a failed notice says to phone the customer', async () => {
    const ticket = queueTicket({ id: '9', status: 'IN_PROGRESS', reactionNotice: { __typename: 'ReactionNotice', state: 'FAILED', channel: 'PHONE' } });
    const { wrapper } = await mountWithApp(inTable(ticket), { route: '/sign-in' });
    const mark = wrapper.find('[data-testid="notice-pending"]');
    expect(mark.attributes('data-notice-state')).toBe('FAILED');
    expect(mark.text()).toBe('оповещение не доставлено: позвоните');
  });
});
