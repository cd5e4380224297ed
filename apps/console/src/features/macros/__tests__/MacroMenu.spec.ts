import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError, byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import MacroMenu from '../components/MacroMenu.vue';

const takeAndAsk = {
  __typename: 'Macro', id: '7', name: 'Взять и запросить журнал', shared: true, editable: false, replyKind: 'CLARIFYING_QUESTION', targetStatus: 'IN_PROGRESS',
  resolution: null, assignment: null, replyTemplate: { __typename: 'ReplyTemplate', id: '3', title: 'Журнал' }, assignee: null,
};
const applied = { data: { applyMacro: { __typename: 'Ticket', id: '42', status: 'WAITING_FOR_CUSTOMER', respondedAt: '2026-12-07T13:00:00Z', assignee: null } } };

async function mountMenu(apply: () => object) {
  const calls: unknown[] = [];
  const handler = byOperation({
    Macros: () => ({ data: { macros: [takeAndAsk] } }),
    ApplyMacro: (operation) => {
      calls.push(operation.variables);
      return apply() as never;
    },
  });
  const mounted = await mountWithApp(MacroMenu, { handler, mount: { props: { ticketId: '42' }, attachTo: document.body } });
  return { ...mounted, calls };
}

describe('MacroMenu (#19)', () => {
  beforeEach(() => document.body.replaceChildren());

  it('Alt+M opens the list with each macro’s steps in the order they run; a click applies it to this ticket', async () => {
    const { wrapper, calls } = await mountMenu(() => applied);
    window.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyM', altKey: true }));
    await vi.waitFor(() => expect(wrapper.find('[data-testid="macro-menu-item"]').exists()).toBe(true));
    expect(wrapper.get('[data-testid="macro-menu-item"]').text()).toContain('Взять в работу (реакция и уведомление, SLA-2/3) → Ответ «Журнал» (Уточняющий вопрос)');
    await wrapper.get('[data-testid="macro-menu-item"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.emitted('done')).toEqual([['Макрос «Взять и запросить журнал» применён.']]));
    expect(calls).toEqual([{ macroId: '7', ticketId: '42' }]);
    expect(wrapper.find('[data-testid="macro-menu-list"]').exists()).toBe(false);
  });

  it('a refusal is reported with the server’s reason and that the ticket is unchanged', async () => {
    const { wrapper } = await mountMenu(() => apiError('CONFLICT', 'Macro «Взять и запросить журнал»: Ticket SD-000042 is CLOSED: closed tickets never change (TKT-4)'));
    await wrapper.get('[data-testid="macro-menu-open"]').trigger('click');
    await flushPromises();
    await wrapper.get('[data-testid="macro-menu-item"]').trigger('click');
    await vi.waitFor(() => expect(wrapper.emitted('failed')).toHaveLength(1));
    expect(wrapper.emitted('failed')![0]![0]).toBe('Макрос не применён, заявка не изменена. Macro «Взять и запросить журнал»: Ticket SD-000042 is CLOSED: closed tickets never change (TKT-4)');
  });
});
