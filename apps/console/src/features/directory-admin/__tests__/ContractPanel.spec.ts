import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput, byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import ContractEditForm from '../components/ContractEditForm.vue';
import ContractPanel from '../components/ContractPanel.vue';
import RenewContractForm from '../components/RenewContractForm.vue';
import { contract, products } from './fixtures';

const editProps = { contractId: '31', identifiers: contract.identifiers, productIds: ['7'], products };

describe('ContractPanel', () => {
  it('shows the current validity and the history of periods, oldest first', async () => {
    const { wrapper } = await mountWithApp(ContractPanel, { route: '/sign-in', mount: { props: { contract, products } } });
    expect(wrapper.get('#contract-panel-title').text()).toBe('Договор LIC-100');
    expect(wrapper.get('[data-testid="contract-panel-validity"]').text()).toContain('01.01.2026 — 31.12.2026');
    const rows = wrapper.findAll('[data-testid="contract-history-row"]');
    expect(rows.map((row) => row.findAll('td')[1]!.text())).toEqual(['Создан', 'Продлён']);
    expect(rows[0]!.text()).toContain('01.01.2025 — 31.12.2025');
    expect(rows[1]!.text()).toContain('01.01.2026 — 31.12.2026');
  });
});

describe('ContractEditForm', () => {
  it('adds an identifier, removes none, changes the products', async () => {
    const { wrapper, operations } = await mountWithApp(ContractEditForm, {
      route: '/sign-in',
      handler: byOperation({ UpdateContract: () => ({ data: { updateContract: { ...contract } } }) }),
      mount: { props: editProps },
    });
    await wrapper.get('[data-testid="edit-add-identifier"]').trigger('click');
    await wrapper.get('[data-testid="edit-identifier-1"]').setValue('SN-42');
    await wrapper.get('[data-testid="edit-product-8"]').setValue(true);
    await wrapper.get('[data-testid="contract-edit-form"]').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'UpdateContract')!.variables).toEqual({
      id: '31',
      input: { identifiers: [{ identifier: 'LIC-100', kind: 'LICENSE_NUMBER' }, { identifier: 'SN-42', kind: 'SERIAL_NUMBER' }], productIds: ['7', '8'] },
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('removes an identifier', async () => {
    const { wrapper, operations } = await mountWithApp(ContractEditForm, {
      route: '/sign-in',
      handler: byOperation({ UpdateContract: () => ({ data: { updateContract: { ...contract } } }) }),
      mount: { props: { ...editProps, identifiers: [...contract.identifiers, { __typename: 'ContractIdentifier' as const, identifier: 'SN-1', kind: 'SERIAL_NUMBER' as const }] } },
    });
    expect(wrapper.get('[data-testid="edit-remove-identifier-0"]').attributes('aria-label')).toBe('Удалить идентификатор 1');
    await wrapper.get('[data-testid="edit-remove-identifier-0"]').trigger('click');
    await wrapper.get('[data-testid="contract-edit-form"]').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'UpdateContract')!.variables.input).toEqual({ identifiers: [{ identifier: 'SN-1', kind: 'SERIAL_NUMBER' }], productIds: ['7'] });
  });

  it('names a clashing identifier beside its input', async () => {
    const message = 'SN-42 already identifies contract LIC-7 of ООО Василёк';
    const { wrapper } = await mountWithApp(ContractEditForm, {
      route: '/sign-in',
      handler: byOperation({ UpdateContract: () => badUserInput([{ field: 'input.identifiers.1.identifier', message }]) }),
      mount: { props: editProps },
    });
    await wrapper.get('[data-testid="edit-add-identifier"]').trigger('click');
    await wrapper.get('[data-testid="edit-identifier-1"]').setValue('SN-42');
    await wrapper.get('[data-testid="contract-edit-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="identifiers.1.identifier"]').text()).toBe(message);
    expect(wrapper.get('[data-testid="edit-identifier-1"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('[data-testid="edit-identifier-0"]').attributes('aria-invalid')).toBe('false');
  });
});

describe('RenewContractForm', () => {
  it('proposes the day after the current period and renews', async () => {
    const { wrapper, operations } = await mountWithApp(RenewContractForm, {
      route: '/sign-in',
      handler: byOperation({ RenewContract: () => ({ data: { renewContract: { __typename: 'SupportContract', id: '31', validFrom: '2027-01-01', validUntil: '2027-12-31', active: false, terminatedAt: null } } }) }),
      mount: { props: { contractId: '31', currentUntil: '2026-12-31' } },
    });
    expect(wrapper.get<HTMLInputElement>('[data-testid="renew-valid-from"]').element.value).toBe('2027-01-01');
    await wrapper.get('[data-testid="renew-valid-until"]').setValue('2027-12-31');
    await wrapper.get('[data-testid="renew-contract-form"]').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'RenewContract')!.variables).toEqual({ id: '31', validFrom: '2027-01-01', validUntil: '2027-12-31' });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it("shows the server's problem beside the end date", async () => {
    const { wrapper } = await mountWithApp(RenewContractForm, {
      route: '/sign-in',
      handler: byOperation({ RenewContract: () => badUserInput([{ field: 'validUntil', message: 'must not be before validFrom' }]) }),
      mount: { props: { contractId: '31', currentUntil: '2026-12-31' } },
    });
    await wrapper.get('[data-testid="renew-valid-until"]').setValue('2026-06-01');
    await wrapper.get('[data-testid="renew-contract-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="validUntil"]').text()).toBe('must not be before validFrom');
  });
});
