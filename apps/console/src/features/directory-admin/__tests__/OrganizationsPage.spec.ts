import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import OrganizationsPage from '../OrganizationsPage.vue';
import { contact, contract, customers, products } from './fixtures';

const directory = {
  customers: customers.map((c) => ({ ...c, kind: 'CUSTOMER', contacts: c.id === '1' ? [contact] : [] })),
  partners: [{ __typename: 'Organization', id: '5', name: 'ООО Партнёр-Сервис', kind: 'PARTNER', contacts: [], servedCustomers: [customers[0]] }],
  products,
};

describe('OrganizationsPage detail panels', () => {
  it('choosing an organization opens its panel; opening a contract opens the contract panel', async () => {
    const { wrapper } = await mountWithApp(OrganizationsPage, {
      route: '/sign-in',
      handler: byOperation({ DirectoryAdmin: () => ({ data: directory }), AdminContracts: () => ({ data: { contracts: [contract] } }) }),
    });
    await flushPromises();
    expect(wrapper.find('[data-testid="organization-panel"]').exists()).toBe(false);
    await wrapper.get('[data-testid="organization-open-5"]').trigger('click');
    expect(wrapper.get('#organization-panel-title').text()).toContain('ООО Партнёр-Сервис');
    expect(wrapper.find('[data-testid="served-customers-form"]').exists()).toBe(true);
    await wrapper.get('[data-testid="organization-open-1"]').trigger('click');
    expect(wrapper.get('[data-testid="contact-row"]').text()).toContain('Ирина Петрова');
    expect(wrapper.find('[data-testid="served-customers-form"]').exists()).toBe(false);

    await wrapper.get('[data-testid="contract-LIC-100"] [data-testid="contract-open"]').trigger('click');
    expect(wrapper.get('#contract-panel-title').text()).toBe('Договор LIC-100');
    await wrapper.get('[data-testid="contract-panel-close"]').trigger('click');
    expect(wrapper.find('[data-testid="contract-panel"]').exists()).toBe(false);
  });
});
