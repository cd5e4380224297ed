import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { apiError } from '@/test-support/api-answers';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import ReplyComposer from '../ReplyComposer.vue';
import { mountForm } from './form-kit';

describe('ReplyComposer', () => {
  it('SLA-2: on a NEW ticket only an internal note is possible, and it says why', async () => {
    const { wrapper } = await mountForm(ReplyComposer, { ticket: ticketDetail({ status: 'NEW' }), props: { canReply: false, canNote: true } });
    expect(wrapper.get('[data-testid="composer-reply-tab"]').attributes('disabled')).toBeDefined();
    expect(wrapper.get('[data-testid="composer-note-tab"]').attributes('aria-selected')).toBe('true');
    expect(wrapper.text()).toContain('Сначала возьмите заявку в работу (SLA-2)');
  });

  it('TKT-2: sends a clarifying question to the customer', async () => {
    const ticket = ticketDetail({ status: 'IN_PROGRESS' });
    const { wrapper, operations } = await mountForm(ReplyComposer, {
      ticket,
      props: { canReply: true, canNote: true },
      handler: () => ({ data: { replyToTicket: { ...ticket, status: 'WAITING_FOR_CUSTOMER' } } }),
    });
    expect(wrapper.get('[data-testid="composer-submit"]').text()).toBe('Задать вопрос');
    await wrapper.get('[data-testid="composer-body"]').setValue('Какая версия ОС?');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'ReplyToTicket')?.variables).toEqual({ ticketId: '42', kind: 'CLARIFYING_QUESTION', body: 'Какая версия ОС?' });
    expect(wrapper.emitted('done')?.[0]).toEqual(['Отправлено заказчику: Уточняющий вопрос. Заявка ожидает ответа.']);
    expect(wrapper.get<HTMLTextAreaElement>('[data-testid="composer-body"]').element.value).toBe('');

    await wrapper.get('[data-testid="reply-kind-SOLUTION"]').setValue(true);
    expect(wrapper.get('[data-testid="composer-submit"]').text()).toBe('Отправить решение');
  });

  it('TKT-9: an internal note goes through addInternalNote', async () => {
    const ticket = ticketDetail({ status: 'IN_PROGRESS' });
    const { wrapper, operations } = await mountForm(ReplyComposer, {
      ticket,
      props: { canReply: true, canNote: true },
      handler: () => ({ data: { addInternalNote: ticket } }),
    });
    await wrapper.get('[data-testid="composer-note-tab"]').trigger('click');
    expect(wrapper.get('[data-testid="composer"]').classes()).toContain('composer--note');
    await wrapper.get('[data-testid="composer-body"]').setValue('Похоже на сертификат.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'AddInternalNote')?.variables).toEqual({ ticketId: '42', body: 'Похоже на сертификат.' });
    expect(wrapper.emitted('done')?.[0]).toEqual(['Внутренняя заметка добавлена.']);
  });

  it('asks for a text before sending, next to the field', async () => {
    const { wrapper, operations } = await mountForm(ReplyComposer, { props: { canReply: true, canNote: true } });
    await wrapper.get('[data-testid="composer-body"]').setValue('   ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations).toHaveLength(0);
    expect(wrapper.get('[data-testid="field-error"][data-field="body"]').text()).toBe('Заполните это поле');
    expect(wrapper.get('[data-testid="composer-body"]').attributes('aria-invalid')).toBe('true');
  });

  it("shows the API's message when the server refuses, and keeps the text", async () => {
    const { wrapper } = await mountForm(ReplyComposer, {
      props: { canReply: true, canNote: true },
      handler: () => apiError('CONFLICT', 'Ticket SD-000042 is CLOSED: closed tickets never change (TKT-4)'),
    });
    await wrapper.get('[data-testid="composer-body"]').setValue('Ответ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="form-error"]').text()).toBe('Ticket SD-000042 is CLOSED: closed tickets never change (TKT-4)');
    expect(wrapper.get<HTMLTextAreaElement>('[data-testid="composer-body"]').element.value).toBe('Ответ');
    expect(wrapper.emitted('done')).toBeUndefined();
  });
});
