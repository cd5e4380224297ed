import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput } from '@/test-support/api-answers';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import MergeForm from '../MergeForm.vue';
import { mountForm } from './form-kit';

const candidate = (id: string, number: string, subject: string, channel: string) => ({
  __typename: 'Ticket',
  id,
  number,
  subject,
  channel,
  status: 'NEW',
  receivedAt: '2026-03-11T07:00:00.000Z',
  contact: { __typename: 'Contact', id: '1', fullName: 'Анна Альфина' },
});

describe('MergeForm (#19)', () => {
  const ticket = ticketDetail({ status: 'NEW' });
  const candidates = {
    data: {
      tickets: {
        __typename: 'TicketConnection',
        edges: [
          { __typename: 'TicketEdge', node: candidate(ticket.id, ticket.number, ticket.subject, 'PHONE') },
          { __typename: 'TicketEdge', node: candidate('77', 'SD-000077', 'АРМ не загружается', 'EMAIL') },
          { __typename: 'TicketEdge', node: candidate('78', 'SD-000078', 'Сертификат истекает', 'PORTAL') },
        ],
      },
    },
  };

  it('lists the organization’s other open tickets, filters them, and merges only after the confirmation', async () => {
    const { wrapper, operations } = await mountForm(MergeForm, {
      ticket,
      handler: (operation) => (operation.operationName === 'MergeCandidates' ? candidates : { data: { mergeTickets: { ...ticket, id: '77', number: 'SD-000077' } } }),
    });
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'MergeCandidates')?.variables).toMatchObject({ organizationId: ticket.organization.id });
    // The ticket itself is never offered.
    expect(wrapper.findAll('[data-testid="merge-candidate"]').map((c) => c.attributes('data-number'))).toEqual(['SD-000077', 'SD-000078']);
    await wrapper.get('[data-testid="merge-search"]').setValue('арм');
    expect(wrapper.findAll('[data-testid="merge-candidate"]').map((c) => c.attributes('data-number'))).toEqual(['SD-000077']);

    await wrapper.get('[data-testid="merge-candidate"] input').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.some((op) => op.operationName === 'MergeTickets')).toBe(false);
    expect(wrapper.get('[data-testid="merge-confirm"]').text()).toContain(`Объединить ${ticket.number} с SD-000077?`);

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'MergeTickets')?.variables).toEqual({ survivorId: '77', duplicateId: ticket.id });
    expect(wrapper.emitted('done')?.[0]).toEqual([`${ticket.number} объединена с SD-000077.`, '77']);
  });

  it('asks to pick a ticket first, and shows what the API refuses (SLA-10: merge the other way round)', async () => {
    const { wrapper, operations } = await mountForm(MergeForm, {
      ticket,
      handler: (operation) =>
        operation.operationName === 'MergeCandidates'
          ? candidates
          : badUserInput([{ field: 'survivorId', message: 'SD-000042 arrived earlier … merge SD-000077 into SD-000042 instead' }]),
    });
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="survivorId"]').text()).toBe('Выберите заявку, в которую объединить');
    expect(operations.some((op) => op.operationName === 'MergeTickets')).toBe(false);

    await wrapper.get('[data-testid="merge-candidate"] input').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.emitted('done')).toBeUndefined();
    expect(wrapper.get('[data-testid="field-error"][data-for="survivorId"]').text()).toContain('merge SD-000077 into SD-000042 instead');
  });
});
