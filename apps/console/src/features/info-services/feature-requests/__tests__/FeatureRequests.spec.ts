import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, customerUser, dallas, featureRequest, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import FeatureRequestPage from '../FeatureRequestPage.vue';
import FeatureRequestsPage from '../FeatureRequestsPage.vue';

const choices = [
  { id: '41', number: 'SD-000041', subject: 'Нужна поддержка Рутокен', category: 'FEATURE_REQUEST' },
  { id: '42', number: 'SD-000042', subject: 'Просим экспорт в syslog', category: 'FEATURE_REQUEST' },
  { id: '43', number: 'SD-000043', subject: 'АРМ не загружается', category: 'INCIDENT' },
].map((ticket) => ({ __typename: 'TicketEdge', node: { __typename: 'Ticket', ...ticket, organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета' } } }));
// As the server answers: the FEATURE_REQUEST ones by the category filter, and the latest of all.
const ticketChoices = {
  featureTickets: { __typename: 'TicketConnection', edges: choices.filter((edge) => edge.node.category === 'FEATURE_REQUEST') },
  recentTickets: { __typename: 'TicketConnection', edges: choices },
};

let current = featureRequest();
const handler = answers({
  InfoProducts: () => ({ products: [dallas] }),
  FeatureRequests: () => ({ featureRequests: [current, featureRequest({ id: '4', number: 'FR-000004', title: 'syslog', status: 'DECLINED', statusNote: 'Не планируется', tickets: [], product: null })] }),
  FeatureRequest: () => ({ featureRequest: current }),
  FeatureRequestTicketChoices: () => ticketChoices,
  ChangeFeatureRequestStatus: (op: Operation) => {
    current = { ...current, status: op.variables.status as string, statusNote: (op.variables.note as string | null) ?? null, statusChangedAt: '2026-11-24T10:00:00.000Z' };
    return { changeFeatureRequestStatus: current };
  },
  LinkTicketToFeatureRequest: () => ({ linkTicketToFeatureRequest: current }),
  RegisterFeatureRequestFromTicket: () => ({ registerFeatureRequestFromTicket: featureRequest({ id: '9', number: 'FR-000009' }) }),
  RegisterFeatureRequest: () => ({ registerFeatureRequest: featureRequest({ id: '9', number: 'FR-000009' }) }),
});

async function settle() {
  for (let i = 0; i < 5; i += 1) await flushPromises();
}

describe('feature requests (SVC-5)', () => {
  beforeEach(() => {
    localStorage.clear();
    current = featureRequest();
  });

  it('lists status, requesting organizations and linked tickets; customers open their tickets in the portal', async () => {
    signInAs(customerUser);
    const { wrapper } = await mountWithApp(FeatureRequestsPage, { route: '/feature-requests', handler });
    await settle();
    const rows = wrapper.findAll('[data-testid="feature-request-row"]');
    expect(rows.map((row) => [row.attributes('data-number'), row.attributes('data-status')])).toEqual([
      ['FR-000003', 'UNDER_REVIEW'],
      ['FR-000004', 'DECLINED'],
    ]);
    expect(rows[0]!.get('[data-testid="feature-status"]').text()).toBe('На рассмотрении');
    expect(rows[0]!.get('[data-testid="feature-organizations"]').text()).toBe('2');
    expect(rows[0]!.get('[data-testid="feature-ticket"] a').attributes('href')).toBe('/portal/tickets/41');
    expect(rows[1]!.text()).toContain('Не планируется');
    expect(wrapper.text()).toContain('Доработки, о которых просили заявки вашей организации');
    expect(wrapper.find('[data-testid="feature-register"]').exists()).toBe(false);
  });

  it('filters by status', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountWithApp(FeatureRequestsPage, { route: '/feature-requests', handler });
    await settle();
    await wrapper.get('[data-testid="features-status-filter"]').setValue('PLANNED');
    await settle();
    expect(operations.filter((op) => op.operationName === 'FeatureRequests').at(-1)?.variables).toMatchObject({ status: 'PLANNED', productId: null });
  });

  it('staff register one from a FEATURE_REQUEST ticket (its subject and description by default)', async () => {
    signInAs(staffUser);
    const { wrapper, operations, router } = await mountWithApp(FeatureRequestsPage, { route: '/feature-requests', handler });
    await settle();
    await wrapper.get('[data-testid="feature-register"]').trigger('click');
    await settle();
    const picker = wrapper.get('[data-testid="ticket-picker"]');
    expect(picker.findAll('optgroup').map((group) => [group.attributes('label'), group.findAll('option').length])).toEqual([
      ['Предложения по доработке', 2],
      ['Другие заявки', 1],
    ]);
    await picker.setValue('42');
    await wrapper.get('[data-testid="feature-register-form"]').trigger('submit');
    await settle();
    expect(operations.find((op) => op.operationName === 'RegisterFeatureRequestFromTicket')?.variables).toEqual({ ticketId: '42', title: null, description: null });
    expect(router.currentRoute.value.fullPath).toBe('/feature-requests/9');
  });

  it('staff register one on its own: title and description required', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountWithApp(FeatureRequestsPage, { route: '/feature-requests', handler });
    await settle();
    await wrapper.get('[data-testid="feature-register"]').trigger('click');
    await wrapper.get('[data-testid="feature-register-form"]').trigger('submit');
    await settle();
    expect(wrapper.findAll('[data-testid="field-error"]').map((e) => e.attributes('data-for'))).toEqual(['title', 'description']);
    await wrapper.get('[data-testid="feature-title"]').setValue('Экспорт журнала в syslog');
    await wrapper.get('[data-testid="feature-description"]').setValue('Передавать журнал на внешний сервер.');
    await wrapper.get('[data-testid="feature-product"]').setValue('1');
    await wrapper.get('[data-testid="feature-register-form"]').trigger('submit');
    await settle();
    expect(operations.find((op) => op.operationName === 'RegisterFeatureRequest')?.variables).toEqual({
      input: { title: 'Экспорт журнала в syslog', description: 'Передавать журнал на внешний сервер.', productId: '1' },
    });
  });

  it('staff change the status with a note the requesters see', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountWithApp(FeatureRequestPage, { route: '/feature-requests/3', handler });
    await settle();
    const form = wrapper.get('[data-testid="feature-status-form"]');
    // The next usual step is offered first.
    expect((form.get('[data-testid="feature-status-select"]').element as HTMLSelectElement).value).toBe('PLANNED');
    await form.get('[data-testid="feature-status-note"]').setValue('Войдёт в версию 8.1');
    await form.trigger('submit');
    await settle();
    expect(operations.find((op) => op.operationName === 'ChangeFeatureRequestStatus')?.variables).toEqual({ id: '3', status: 'PLANNED', note: 'Войдёт в версию 8.1' });
    expect(wrapper.get('[data-testid="feature-status-card"] [data-testid="feature-status"]').text()).toBe('Запланирован');
    expect(wrapper.get('[data-testid="feature-status-note-text"]').text()).toBe('Войдёт в версию 8.1');
    expect(wrapper.get('[data-testid="feature-status-done"]').text()).toBe('Статус изменён: Запланирован.');
    // Staff open the linked ticket in the console.
    expect(wrapper.get('[data-testid="feature-ticket"] a').attributes('href')).toBe('/tickets/41');
  });

  it('staff link another ticket; already linked ones are not offered', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountWithApp(FeatureRequestPage, { route: '/feature-requests/3', handler });
    await settle();
    const form = wrapper.get('[data-testid="feature-link-form"]');
    expect(form.findAll('option').map((o) => o.attributes('value'))).toEqual(['', '42', '43']);
    await form.get('[data-testid="ticket-picker"]').setValue('43');
    await form.trigger('submit');
    await settle();
    expect(operations.find((op) => op.operationName === 'LinkTicketToFeatureRequest')?.variables).toEqual({ featureRequestId: '3', ticketId: '43' });
  });

  it('customers see no staff actions', async () => {
    signInAs(customerUser);
    const { wrapper } = await mountWithApp(FeatureRequestPage, { route: '/feature-requests/3', handler });
    await settle();
    expect(wrapper.find('[data-testid="feature-status-form"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('просили 2 организации');
  });
});
