import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
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

  it('SVC-1: an agent finds a knowledge-base article and its public link goes into the reply', async () => {
    const ticket = ticketDetail({ status: 'IN_PROGRESS' });
    const article = {
      __typename: 'FaqArticle',
      id: '3',
      slug: 'oshibka-autentifikacii',
      title: 'Ошибка аутентификации при входе в систему',
      body: '…',
      tags: [],
      productVersion: '8.0',
      published: true,
      updatedAt: '2026-11-20T10:00:00.000Z',
      product: { __typename: 'Product', id: '1', name: 'Dallas Lock 8.0' },
    };
    const { wrapper, operations } = await mountForm(ReplyComposer, {
      ticket,
      props: { canReply: true, canNote: true },
      handler: (operation) =>
        operation.operationName === 'FaqArticles'
          ? {
              data: {
                faqArticles: {
                  __typename: 'FaqArticleConnection',
                  totalCount: 1,
                  pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                  edges: [{ __typename: 'FaqArticleEdge', cursor: 'c1', node: article }],
                },
              },
            }
          : { data: null },
    });
    await wrapper.get('[data-testid="composer-body"]').setValue('Проверьте время на компьютере.');
    await wrapper.get('[data-testid="article-search"]').setValue('ошибки входа');
    await vi.waitFor(() => expect(wrapper.find('[data-testid="article-insert"]').exists()).toBe(true), { timeout: 3000 });
    expect(operations.find((op) => op.operationName === 'FaqArticles')?.variables).toMatchObject({ search: 'ошибки входа', first: 5 });
    await wrapper.get('[data-testid="article-insert"]').trigger('click');
    expect(wrapper.get<HTMLTextAreaElement>('[data-testid="composer-body"]').element.value).toBe(
      `Проверьте время на компьютере.\n\nСтатья базы знаний «Ошибка аутентификации при входе в систему»: ${globalThis.location.origin}/faq/oshibka-autentifikacii`,
    );
    // Notes are for the team: no article search there.
    await wrapper.get('[data-testid="composer-note-tab"]').trigger('click');
    expect(wrapper.find('[data-testid="article-linker"]').exists()).toBe(false);
  });

  it('#19: Ctrl+. opens the text modules; arrows and Enter put the one filled in for this ticket where the cursor was', async () => {
    const ticket = ticketDetail({ status: 'IN_PROGRESS' });
    const template = (id: string, title: string, shared: boolean) => ({ __typename: 'ReplyTemplate', id, title, bodyRu: '…', bodyEn: null, shared, editable: !shared });
    const { wrapper, operations } = await mountForm(ReplyComposer, {
      ticket,
      props: { canReply: true, canNote: true },
      handler: (operation) => {
        if (operation.operationName === 'ReplyTemplates') return { data: { replyTemplates: [template('1', 'Приветствие', true), template('2', 'Запрос журнала', false)] } };
        if (operation.operationName === 'RenderReplyTemplate') return { data: { renderReplyTemplate: { __typename: 'RenderedReply', locale: 'RU', text: 'пришлите журнал, Анна' } } };
        return { data: null };
      },
    });
    const body = wrapper.get<HTMLTextAreaElement>('[data-testid="composer-body"]');
    await body.setValue('Добрый день! Для диагностики .');
    body.element.setSelectionRange(29, 29);
    await body.trigger('keydown', { key: '.', ctrlKey: true });
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="template-option"]')).toHaveLength(2), { timeout: 3000 });
    expect(wrapper.get('[data-testid="template-option"][aria-selected="true"]').text()).toContain('Приветствие');
    await wrapper.get('[data-testid="template-search"]').trigger('keydown', { key: 'ArrowDown' });
    expect(wrapper.get('[data-testid="template-option"][aria-selected="true"]').text()).toContain('Запрос журнала');
    await wrapper.get('[data-testid="template-search"]').trigger('keydown', { key: 'Enter' });
    await vi.waitFor(() => expect(body.element.value).toBe('Добрый день! Для диагностики пришлите журнал, Анна.'));
    expect(operations.find((op) => op.operationName === 'RenderReplyTemplate')?.variables).toEqual({ templateId: '2', ticketId: ticket.id });
    expect(wrapper.find('[data-testid="template-search"]').exists()).toBe(false);
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
    expect(wrapper.get('[data-testid="field-error"][data-for="body"]').text()).toBe('Заполните это поле');
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
