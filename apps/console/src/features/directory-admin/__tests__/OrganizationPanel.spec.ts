import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput, byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import OrganizationPanel from '../components/OrganizationPanel.vue';
import RenameOrganizationForm from '../components/RenameOrganizationForm.vue';
import ServedCustomersForm from '../components/ServedCustomersForm.vue';
import { contact, customers } from './fixtures';

const partner = { __typename: 'Organization' as const, id: '5', name: 'ООО Партнёр-Сервис', kind: 'PARTNER' as const, contacts: [contact], servedCustomers: [customers[0]!] };

describe('OrganizationPanel', () => {
  it("a partner's panel: its name, contacts and the customers it serves", async () => {
    const { wrapper } = await mountWithApp(OrganizationPanel, { route: '/sign-in', mount: { props: { organization: partner, customers } } });
    expect(wrapper.get('#organization-panel-title').text()).toContain('ООО Партнёр-Сервис');
    expect(wrapper.get('[data-testid="contact-row"]').text()).toContain('Ирина Петрова');
    expect(wrapper.get<HTMLInputElement>('[data-testid="served-1"]').element.checked).toBe(true);
    expect(wrapper.get<HTMLInputElement>('[data-testid="served-2"]').element.checked).toBe(false);
  });

  it("a customer's panel has no served customers", async () => {
    const { wrapper } = await mountWithApp(OrganizationPanel, { route: '/sign-in', mount: { props: { organization: { ...partner, kind: 'CUSTOMER' as const }, customers } } });
    expect(wrapper.find('[data-testid="served-customers-form"]').exists()).toBe(false);
  });
});

describe('RenameOrganizationForm', () => {
  it('renames the organization', async () => {
    const { wrapper, operations } = await mountWithApp(RenameOrganizationForm, {
      route: '/sign-in',
      handler: byOperation({ RenameOrganization: (op) => ({ data: { renameOrganization: { __typename: 'Organization', id: '1', name: op.variables.name } } }) }),
      mount: { props: { organizationId: '1', name: 'АО Ромашка' } },
    });
    expect(wrapper.get<HTMLInputElement>('[data-testid="rename-organization-name"]').element.value).toBe('АО Ромашка');
    await wrapper.get('[data-testid="rename-organization-name"]').setValue('ПАО Ромашка');
    await wrapper.get('[data-testid="rename-organization-form"]').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'RenameOrganization')!.variables).toEqual({ id: '1', name: 'ПАО Ромашка' });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('shows a taken name beside the input', async () => {
    const { wrapper } = await mountWithApp(RenameOrganizationForm, {
      route: '/sign-in',
      handler: byOperation({ RenameOrganization: () => badUserInput([{ field: 'name', message: 'another organization has this name' }]) }),
      mount: { props: { organizationId: '1', name: 'АО Ромашка' } },
    });
    await wrapper.get('[data-testid="rename-organization-name"]').setValue('ООО Василёк');
    await wrapper.get('[data-testid="rename-organization-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="name"]').text()).toBe('another organization has this name');
  });
});

describe('ServedCustomersForm', () => {
  it('sets the customers a partner serves', async () => {
    const { wrapper, operations } = await mountWithApp(ServedCustomersForm, {
      route: '/sign-in',
      handler: byOperation({ SetServedCustomers: () => ({ data: { setServedCustomers: { __typename: 'Organization', id: '5', servedCustomers: customers } } }) }),
      mount: { props: { partnerId: '5', served: [customers[0]!], customers } },
    });
    await wrapper.get('[data-testid="served-2"]').setValue(true);
    await wrapper.get('[data-testid="served-customers-form"]').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'SetServedCustomers')!.variables).toEqual({ partnerId: '5', customerIds: ['1', '2'] });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it("shows the server's problem under the customers", async () => {
    const { wrapper } = await mountWithApp(ServedCustomersForm, {
      route: '/sign-in',
      handler: byOperation({ SetServedCustomers: () => badUserInput([{ field: 'customerIds', message: 'must be customer organizations' }]) }),
      mount: { props: { partnerId: '5', served: [], customers } },
    });
    await wrapper.get('[data-testid="served-customers-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="customerIds"]').text()).toBe('must be customer organizations');
  });
});
