import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { OperationHandler } from '@/test-support/mount-app';
import { queueTicket } from '@/test-support/tickets';
import { isForeignKey } from '../composables/useQueueKeyboard';
import { agentOnQueuePage, mountQueuePage, queueAnswer } from './queue-test-kit';
// Enter navigates to the lazily loaded ticket page: load it up front.
import '@/features/ticket/TicketPage.vue';

const rows = [1, 2, 3].map((n) => queueTicket({ id: String(n), number: `SD-00000${n}` }));

function press(key: string, target: EventTarget = document.body): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('QueuePage keyboard', () => {
  agentOnQueuePage();

  async function mounted(handler: OperationHandler = (op) => queueAnswer(rows, op.variables)) {
    const result = await mountQueuePage(handler);
    await vi.waitFor(() => expect(result.wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(3));
    return result;
  }

  const selected = (wrapper: Awaited<ReturnType<typeof mounted>>['wrapper']) =>
    wrapper.findAll('[data-testid="queue-row"]').filter((row) => row.attributes('data-selected') === 'true').map((row) => row.attributes('data-ticket-number'));

  it('j and k move a visible selection through the rows, and stop at the ends', async () => {
    const { wrapper } = await mounted();
    expect(selected(wrapper)).toEqual([]);
    press('j');
    await flushPromises();
    expect(selected(wrapper)).toEqual(['SD-000001']);
    expect(wrapper.get('[data-ticket-id="1"]').classes()).toContain('queue-row--selected');
    press('j');
    press('j');
    press('j');
    await flushPromises();
    expect(selected(wrapper)).toEqual(['SD-000003']);
    press('k');
    await flushPromises();
    expect(selected(wrapper)).toEqual(['SD-000002']);
    expect(wrapper.get('[data-testid="queue-selection"]').text()).toBe('Выбрана заявка SD-000002');
    // The same keys on a Russian layout.
    press('о');
    await flushPromises();
    expect(selected(wrapper)).toEqual(['SD-000003']);
  });

  it('Enter opens the selected ticket', async () => {
    const { router } = await mounted();
    press('j');
    press('j');
    press('Enter');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('ticket'), { timeout: 15_000 });
    expect(router.currentRoute.value.params.id).toBe('2');
  });

  it('s starts work on the selected ticket, and the selection moves to the next one', async () => {
    const { wrapper, operations } = await mounted((op) => {
      if (op.operationName === 'StartWork') {
        return { data: { startWork: { __typename: 'Ticket', id: '1', number: 'SD-000001', status: 'IN_PROGRESS', respondedAt: '2026-02-16T10:05:00+03:00', slaState: 'MET', assignee: null } } };
      }
      return queueAnswer(rows, op.variables);
    });
    press('j');
    press('s');
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]')).toHaveLength(2));
    expect(operations.find((op) => op.operationName === 'StartWork')?.variables).toEqual({ ticketId: '1' });
    expect(selected(wrapper)).toEqual(['SD-000002']);
  });

  it('ignores keys typed into inputs or with modifiers', async () => {
    const { wrapper, operations } = await mounted();
    const input = document.createElement('input');
    document.body.append(input);
    press('j', input);
    press('s', input);
    const chorded = new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(chorded);
    await flushPromises();
    expect(selected(wrapper)).toEqual([]);
    expect(operations.some((op) => op.operationName === 'StartWork')).toBe(false);

    const select = wrapper.get('[data-testid="filter-level"]').element;
    expect(isForeignKey(new KeyboardEvent('keydown', { key: 'j' }))).toBe(false);
    const onSelect = new KeyboardEvent('keydown', { key: 'j', bubbles: true });
    select.dispatchEvent(onSelect);
    await flushPromises();
    expect(selected(wrapper)).toEqual([]);
  });

  it('Enter on a link or button is left to it', async () => {
    const { router } = await mounted();
    press('j');
    press('Enter', document.querySelector('[data-testid="start-work"]')!);
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('queue');
  });

  it('? shows the shortcut help, Escape hides it', async () => {
    const { wrapper } = await mounted();
    expect(wrapper.find('[data-testid="shortcut-help"]').exists()).toBe(false);
    press('?');
    await flushPromises();
    const help = wrapper.get('[data-testid="shortcut-help"]');
    expect(help.text()).toContain('следующая заявка');
    expect(help.text()).toContain('взять выбранную в работу');
    expect(wrapper.get('[data-testid="shortcut-help-button"]').attributes('aria-expanded')).toBe('true');
    press('Escape');
    await flushPromises();
    expect(wrapper.find('[data-testid="shortcut-help"]').exists()).toBe(false);
    await wrapper.get('[data-testid="shortcut-help-button"]').trigger('click');
    expect(wrapper.find('[data-testid="shortcut-help"]').exists()).toBe(true);
  });

  it('the selection follows its ticket when the live queue reorders', async () => {
    const { wrapper, emit } = await mounted();
    press('j');
    press('j');
    await flushPromises();
    expect(selected(wrapper)).toEqual(['SD-000002']);
    const moved = { ...rows[1]!, responseDueAt: '2026-02-16T10:06:00+03:00' };
    emit('QueueChanged', { data: { queueChanged: { __typename: 'QueueEvent', version: 101, kind: 'MOVED', ticket: moved, position: 0, previousPosition: 1 } } });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="queue-row"]').map((row) => row.attributes('data-ticket-id'))).toEqual(['2', '1', '3']));
    expect(selected(wrapper)).toEqual(['SD-000002']);
  });
});
