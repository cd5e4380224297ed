import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Operation } from '@apollo/client/core';
import { SESSION_STORAGE_KEY } from '@/stores/session';
import { useClockStore } from '@/shared/time/clock';
import { mountWithApp } from '@/test-support/mount-app';
import { boardTicket } from '../board/__tests__/board-fixtures';
import type { BoardTicket } from '../board/board-order';
import TeamBoardPage from '../TeamBoardPage.vue';

const lead = { __typename: 'User', id: '1', email: 'lead@demo.local', fullName: 'Ирина Руководитель', role: 'TEAM_LEAD', organization: null };
const staff = [
  { __typename: 'User', id: '2', email: 'agent1@demo.local', fullName: 'Алексей Инженеров', role: 'AGENT' },
  { __typename: 'User', id: '3', email: 'agent2@demo.local', fullName: 'Мария Поддержкина', role: 'AGENT' },
  { __typename: 'User', id: '1', email: 'lead@demo.local', fullName: 'Ирина Руководитель', role: 'TEAM_LEAD' },
];
const alexey = { __typename: 'User' as const, id: '2', fullName: 'Алексей Инженеров' };

const calm = boardTicket({ id: '10', number: 'SD-000010', priority: 1, assignee: alexey });
const breached = boardTicket({ id: '11', number: 'SD-000011', priority: 4, slaState: 'BREACHED', assignee: alexey });
const escalated = boardTicket({ id: '12', number: 'SD-000012', priority: 3, escalationLevel: 1, assignee: alexey });
const unassigned = boardTicket({ id: '13', number: 'SD-000013', status: 'NEW', respondedAt: null, slaState: 'ON_TRACK' });

function connection(nodes: BoardTicket[]) {
  return { __typename: 'TicketConnection', totalCount: nodes.length, edges: nodes.map((node) => ({ __typename: 'TicketEdge', node })) };
}

function handler(byAgent: Record<string, BoardTicket[]>) {
  return (operation: Operation) => {
    switch (operation.operationName) {
      case 'BoardStaff':
        return { data: { staff } };
      case 'BoardQueue':
        return { data: { queue: connection([unassigned]) } };
      case 'AgentTickets':
        return { data: { tickets: connection(byAgent[operation.variables.assigneeId as string] ?? []) } };
      case 'BoardAssignTicket':
        return { data: { assignTicket: { ...calm, assignee: { __typename: 'User', id: operation.variables.assigneeId, fullName: 'Мария Поддержкина' } } } };
      default:
        return { data: null };
    }
  };
}

async function mountBoard(byAgent: Record<string, BoardTicket[]> = { '2': [calm, breached, escalated] }) {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: 't', user: lead }));
  const mounted = await mountWithApp(TeamBoardPage, { route: '/team', handler: handler(byAgent) });
  await flushPromises();
  await waitForCards(mounted.wrapper);
  return mounted;
}

async function waitForCards(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']): Promise<void> {
  for (let i = 0; i < 20 && wrapper.findAll('[data-testid="board-card"]').length === 0; i += 1) await flushPromises();
}

function column(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], agentId: string) {
  return wrapper.get(`[data-testid="board-column"][data-agent-id="${agentId}"]`);
}

describe('TeamBoardPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useClockStore().stop());

  it("shows an unassigned column and one per staff member, with each agent's open tickets and load", async () => {
    const { wrapper, operations } = await mountBoard();
    const agentQueries = operations.filter((op) => op.operationName === 'AgentTickets');
    expect(agentQueries.map((op) => op.variables.assigneeId).sort()).toEqual(['1', '2', '3']);
    expect(agentQueries[0]?.query.loc?.source.body).toContain('statuses: [NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER]');
    expect(operations.some((op) => op.operationName === 'BoardWorkChanged')).toBe(true);

    const names = wrapper.findAll('[data-testid="board-column"]').map((c) => c.attributes('data-agent-name'));
    expect(names).toEqual(['', 'Алексей Инженеров', 'Ирина Руководитель', 'Мария Поддержкина']);
    expect(column(wrapper, '').text()).toContain('SD-000013');
    expect(column(wrapper, '2').get('[data-testid="agent-load"]').text()).toContain('3 открытые заявки');
    expect(column(wrapper, '1').text()).toContain('(вы)');
    expect(wrapper.get('[data-testid="board-attention"]').text()).toBe('требуют внимания: 2');
  });

  it('TKT-6, SLA-7: escalated and breached cards come first in a column', async () => {
    const { wrapper } = await mountBoard();
    const numbers = column(wrapper, '2')
      .findAll('[data-testid="board-card"]')
      .map((card) => card.attributes('data-ticket-number'));
    expect(numbers).toEqual(['SD-000012', 'SD-000011', 'SD-000010']);
    expect(column(wrapper, '2').get('[data-ticket-number="SD-000011"] [data-testid="flag-breached"]').text()).toBe('Реакция просрочена');
  });

  it('reassigns with the accessible picker: assignTicket(ticketId, assigneeId) and the card moves', async () => {
    const { wrapper, operations } = await mountBoard();
    const card = () => wrapper.get('[data-ticket-number="SD-000010"]');
    await card().get('[data-testid="reassign-toggle"]').trigger('click');
    const select = card().get('[data-testid="reassign-select"]');
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Новый исполнитель заявки SD-000010');
    // The current holder is not offered.
    expect(select.findAll('option').map((o) => o.text())).not.toContain('Алексей Инженеров (открытых: 3)');
    await select.setValue('3');
    await card().get('form').trigger('submit');
    await flushPromises();

    const assign = operations.find((op) => op.operationName === 'BoardAssignTicket');
    expect(assign?.variables).toEqual({ ticketId: '10', assigneeId: '3' });
    expect(column(wrapper, '3').find('[data-ticket-number="SD-000010"]').exists()).toBe(true);
    expect(column(wrapper, '2').find('[data-ticket-number="SD-000010"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="board-flash"]').text()).toBe('Заявка SD-000010 назначена: Мария Поддержкина');
  });

  it('reassigns by drag and drop onto another agent; the unassigned column takes no drops', async () => {
    const { wrapper, operations } = await mountBoard();
    await wrapper.get('[data-ticket-number="SD-000011"]').trigger('dragstart', { dataTransfer: { setData: () => undefined, effectAllowed: '' } });
    expect(column(wrapper, '').classes()).not.toContain('board-column--accepts');
    expect(column(wrapper, '3').classes()).toContain('board-column--accepts');
    await column(wrapper, '3').trigger('drop');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'BoardAssignTicket')?.variables).toEqual({ ticketId: '11', assigneeId: '3' });
  });
});
