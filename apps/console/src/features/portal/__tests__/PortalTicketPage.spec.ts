import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useClockStore } from '@/shared/time/clock';
import { mountWithApp } from '@/test-support/mount-app';
import PortalTicketPage from '../PortalTicketPage.vue';
import { portalTicket } from './portal-fixtures';
import { customerUser, signInAs } from '@/test-support/users';
import { serviceLevels } from '@/test-support/request-form';

type Ticket = ReturnType<typeof portalTicket>;

function handler(tickets: Record<string, Ticket>, answer?: (operation: Operation) => Ticket) {
  return (operation: Operation) => {
    switch (operation.operationName) {
      case 'PortalTicketDetail':
        return { data: { ticket: tickets[operation.variables.id as string] ?? null } };
      case 'ServiceLevels':
        return { data: { serviceLevels } };
      case 'RateTicket': {
        const rating = { __typename: 'TicketRating', score: operation.variables.score, comment: operation.variables.comment, ratedAt: '2026-11-25T09:00:00.000Z' };
        tickets[operation.variables.ticketId as string] = { ...tickets[operation.variables.ticketId as string]!, rating } as Ticket;
        return { data: { rateTicket: rating } };
      }
      case 'AnswerPortalTicket':
        return { data: { answerTicket: answer?.(operation) } };
      case 'UpdatePortalTicketDetails': {
        const current = tickets[operation.variables.ticketId as string]!;
        return { data: { updateTicketDetails: { ...current, ...(operation.variables.input as object), missingInformation: current.missingInformation.filter((m) => m.item === 'SCREENSHOTS') } } };
      }
      default:
        return { data: null };
    }
  };
}

async function mountTicket(id: string, tickets: Record<string, Ticket>, answer?: (operation: Operation) => Ticket, query = '') {
  signInAs(customerUser);
  const mounted = await mountWithApp(PortalTicketPage, { route: `/portal/tickets/${id}${query}`, handler: handler(tickets, answer), ...(query ? { mount: { attachTo: document.body } } : {}) });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

describe('PortalTicketPage', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => useClockStore().stop());

  it('TKT-9: shows the status, the expected resolution date and the timeline without internal entries', async () => {
    const ticket = portalTicket({
      status: 'WAITING_FOR_CUSTOMER',
      expectedResolutionAt: '2026-11-27T12:00:00.000Z',
      messages: [
        { __typename: 'TicketMessage', id: 'm1', kind: 'CLARIFYING_QUESTION', body: 'Какая версия ОС?', authorName: 'Алексей Инженеров', createdAt: '2026-11-24T10:30:00.000Z', internal: false },
        { __typename: 'TicketMessage', id: 'm2', kind: 'INTERNAL_NOTE', body: 'секрет', authorName: 'Алексей Инженеров', createdAt: '2026-11-24T10:31:00.000Z', internal: true },
      ],
      timeline: [
        { __typename: 'TimelineEntry', id: 'e1', at: '2026-11-24T10:00:00.000Z', kind: 'CREATED', summary: 'Registered from PORTAL', internal: false, data: { channel: 'PORTAL', supportLevel: 'BASIC', criticality: 'NON_CRITICAL', priority: 4 } },
        { __typename: 'TimelineEntry', id: 'e2', at: '2026-11-24T10:31:00.000Z', kind: 'MESSAGE', summary: 'Internal note', internal: true, data: { messageId: 2, kind: 'INTERNAL_NOTE' } },
      ],
    });
    const { wrapper, operations } = await mountTicket('42', { '42': ticket });
    expect(wrapper.get('[data-testid="ticket-status"]').text()).toBe('Ожидает ответа заказчика');
    expect(wrapper.get('[data-testid="ticket-expected"]').text()).toBe('27.11.2026, 15:00 МСК');
    expect(wrapper.findAll('[data-testid="timeline-entry"]').map((e) => e.attributes('data-kind'))).toEqual(['CREATED']);
    // In the reader's language, not the server's English summary.
    expect(wrapper.get('[data-testid="timeline-entry"] .timeline__summary').text()).toBe('Личный кабинет, Основной, Некритичная, P4');
    expect(wrapper.text()).not.toContain('секрет');
    expect(wrapper.get('[data-testid="answer-form"] label').text()).toBe('Ответ специалисту');
    // Follows the ticket live.
    expect(operations.find((op) => op.operationName === 'PortalTicketUpdated')?.variables).toEqual({ id: '42' });
  });

  it('follows ticketUpdated(id): a new state replaces the shown one', async () => {
    const { wrapper, emit } = await mountTicket('42', { '42': portalTicket() });
    expect(wrapper.get('[data-testid="ticket-status"]').text()).toBe('Новая');
    emit('PortalTicketUpdated', { data: { ticketUpdated: portalTicket({ status: 'IN_PROGRESS', respondedAt: '2026-11-24T10:05:00.000Z', slaState: 'MET' }) } });
    await flushPromises();
    expect(wrapper.get('[data-testid="ticket-status"]').text()).toBe('В работе');
  });

  it('TKT-4: answering a CLOSED ticket registers a new linked one; the page moves there and says so', async () => {
    const closed = portalTicket({ id: '42', number: 'SD-000042', status: 'CLOSED', resolution: 'SOLVED', closedAt: '2026-11-25T10:00:00.000Z' });
    const successor = portalTicket({ id: '57', number: 'SD-000057', continues: { __typename: 'Ticket', id: '42', number: 'SD-000042' } });
    const { wrapper, operations, router } = await mountTicket('42', { '42': closed, '57': successor }, () => successor);
    expect(wrapper.get('[data-testid="answer-form"] label').text()).toBe('Новое сообщение');
    await wrapper.get('[data-testid="answer-body"]').setValue('Проблема повторилась');
    await wrapper.get('[data-testid="answer-form"]').trigger('submit');
    for (let i = 0; i < 4; i += 1) await flushPromises();

    expect(operations.find((op) => op.operationName === 'AnswerPortalTicket')?.variables).toEqual({ ticketId: '42', body: 'Проблема повторилась' });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/portal/tickets/57?continuedFrom=SD-000042'), { timeout: 10_000 });
    await vi.waitFor(() => expect(wrapper.get('[data-testid="ticket-title"]').text()).toContain('SD-000057'), { timeout: 10_000 });
    expect(wrapper.get('[data-testid="ticket-banner"]').text()).toBe(
      'Заявка SD-000042 была закрыта, поэтому ваше сообщение зарегистрировано как новая заявка SD-000057, связанная с ней.',
    );
  });

  it('TKT-8: asks for the missing appendix-1 details and sends them with updateTicketDetails', async () => {
    const ticket = portalTicket({
      missingInformation: [
        { __typename: 'MissingInformation', item: 'OS_VERSION', required: true, question: 'Версия ОС (Win+R → winver)' },
        { __typename: 'MissingInformation', item: 'SCREENSHOTS', required: false, question: 'Скриншоты' },
      ],
    });
    const { wrapper, operations } = await mountTicket('42', { '42': ticket });
    const form = () => wrapper.get('[data-testid="missing-details"]');
    expect(form().text()).toContain('Версия ОС (Win+R → winver)');
    // Files are not typed in: they go by e-mail with the ticket number.
    expect(form().text()).toContain('Скриншоты — отправьте на helpdesk@confident.ru, указав номер SD-000042');
    await form().get('[data-field="osVersion"]').setValue(' Windows 10 ');
    await form().get('form').trigger('submit');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'UpdatePortalTicketDetails')?.variables).toEqual({ ticketId: '42', input: { osVersion: 'Windows 10' } });
    expect(form().find('[data-field="osVersion"]').exists()).toBe(false);
    expect(form().text()).toContain('Сведения сохранены.');
  });

  it('#19: a closed ticket asks its customer for a rating once; then the rating is shown', async () => {
    const closed = portalTicket({ status: 'CLOSED', resolution: 'SOLVED', closedAt: '2026-11-25T08:00:00.000Z' });
    const { wrapper, operations } = await mountTicket('42', { '42': closed });
    await wrapper.get('[data-testid="rating-submit"]').trigger('submit');
    expect(wrapper.get('[data-testid="rating-form"]').text()).toContain('Выберите оценку от 1 до 5');
    await wrapper.get('[data-testid="rating-score-4"]').setValue(true);
    await wrapper.get('[data-testid="rating-comment"]').setValue('Спасибо, помогло');
    await wrapper.get('[data-testid="rating-form"]').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="rating-given"]').exists()).toBe(true));
    expect(operations.find((op) => op.operationName === 'RateTicket')?.variables).toEqual({ ticketId: '42', score: 4, comment: 'Спасибо, помогло' });
    expect(wrapper.get('[data-testid="rating-given"]').text()).toContain('★★★★☆');
    expect(wrapper.get('[data-testid="rating-given"]').text()).toContain('Спасибо, помогло');
  });

  it('#18: the closing e-mail\'s rating link (?rate=1) opens the ticket with the rating form ready for a score', async () => {
    const closed = portalTicket({ status: 'CLOSED', resolution: 'SOLVED', closedAt: '2026-11-25T08:00:00.000Z' });
    const { wrapper } = await mountTicket('42', { '42': closed }, undefined, '?rate=1');
    expect(document.activeElement).toBe(wrapper.get('[data-testid="rating-score-1"]').element);
    wrapper.unmount();
  });
});
