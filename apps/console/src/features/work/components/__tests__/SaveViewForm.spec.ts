import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Operation } from '@apollo/client/core';
import { mountWithApp } from '@/test-support/mount-app';
import SaveViewForm from '../SaveViewForm.vue';

const organizations = [
  { __typename: 'Organization', id: '7', name: 'ПАО Бета' },
  { __typename: 'Organization', id: '5', name: 'АО Альфа' },
];
const staff = [
  { __typename: 'User', id: '3', fullName: 'Мария Поддержкина' },
  { __typename: 'User', id: '2', fullName: 'Алексей Инженеров' },
];

function savedView(operation: Operation) {
  const { name, sort, filter } = operation.variables.input as { name: string; sort: string; filter: Record<string, unknown> };
  return {
    __typename: 'TicketView',
    id: 'v1',
    name,
    builtIn: false,
    count: 0,
    sort,
    filter: {
      __typename: 'ViewFilter',
      statuses: null,
      supportLevels: null,
      criticalities: null,
      categories: null,
      organizationIds: null,
      assigneeIds: null,
      escalated: null,
      unassigned: null,
      assignedToMe: null,
      customerAnswered: null,
      slaStates: null,
      text: null,
      ...filter,
    },
  };
}

async function mountForm() {
  return mountWithApp(SaveViewForm, {
    locale: 'en',
    mount: { props: { view: null } },
    handler: (operation) => {
      if (operation.operationName === 'ViewPickers') return { data: { organizations, staff } };
      if (operation.operationName === 'SaveView') return { data: { saveView: savedView(operation) } };
      return { data: null };
    },
  });
}

describe('SaveViewForm (#13: saved views filter by every field the server knows)', () => {
  it('offers organizations and staff by name, and every ticket category', async () => {
    const { wrapper } = await mountForm();
    await flushPromises();
    expect(wrapper.findAll('[data-testid="view-organizations"] option').map((o) => o.text())).toEqual(['АО Альфа', 'ПАО Бета']);
    expect(wrapper.findAll('[data-testid="view-assignees"] option').map((o) => o.text())).toEqual(['Алексей Инженеров', 'Мария Поддержкина']);
    expect(wrapper.findAll('[data-testid="view-category"]')).toHaveLength(8);
  });

  it('saves the chosen organizations, assignees, categories and order', async () => {
    const { wrapper, operations } = await mountForm();
    await flushPromises();
    await wrapper.find('input[name="name"]').setValue('Бета у Марии');
    await wrapper.find('[data-testid="view-category"][value="INCIDENT"]').setValue(true);
    await wrapper.find('[data-testid="view-organizations"]').setValue(['7']);
    await wrapper.find('[data-testid="view-assignees"]').setValue(['3']);
    await wrapper.find('select[name="sort"]').setValue('NEWEST');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const save = operations.find((o) => o.operationName === 'SaveView');
    expect(save?.variables.input).toMatchObject({
      name: 'Бета у Марии',
      sort: 'NEWEST',
      filter: { categories: ['INCIDENT'], organizationIds: ['7'], assigneeIds: ['3'] },
    });
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ name: 'Бета у Марии', filter: { organizationIds: ['7'] } });
  });
});
