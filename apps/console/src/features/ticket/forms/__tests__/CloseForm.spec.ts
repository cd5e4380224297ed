import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput } from '@/test-support/api-answers';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import CloseForm from '../CloseForm.vue';
import { mountForm } from './form-kit';

describe('CloseForm', () => {
  it('TKT-5: THIRD_PARTY needs the vendor and a recommendation, said next to each field before anything is sent', async () => {
    const { wrapper, operations } = await mountForm(CloseForm);
    await wrapper.get('[data-testid="close-resolution"]').setValue('THIRD_PARTY');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(operations.some((op) => op.operationName === 'CloseTicket')).toBe(false);
    expect(wrapper.get('[data-testid="form-error"]').text()).toBe('Проверьте отмеченные поля');
    const vendor = wrapper.get('[data-testid="close-vendor"]');
    expect(vendor.attributes('aria-invalid')).toBe('true');
    const vendorError = wrapper.get('[data-testid="field-error"][data-for="thirdPartyVendor"]');
    expect(vendorError.text()).toBe('Укажите производителя стороннего ПО (TKT-5)');
    expect(vendor.attributes('aria-describedby')).toContain(vendorError.attributes('id'));
    expect(wrapper.get('[data-testid="field-error"][data-for="note"]').text()).toBe('Напишите рекомендацию заказчику (TKT-5)');
    expect(wrapper.get(`label[for="${wrapper.get('[data-testid="close-note"]').attributes('id')}"]`).text()).toBe('Рекомендация заказчику');
    // The first field to fix has the focus.
    expect(document.activeElement).toBe(vendor.element);
  });

  it("shows the API's extensions.fields next to the offending inputs, and the rest above the form", async () => {
    const { wrapper } = await mountForm(CloseForm, {
      handler: () =>
        badUserInput([
          { field: 'input.resolution', message: 'NO_CUSTOMER_RESPONSE is set only by the automatic close after 10 working days (TKT-3)' },
          { field: 'input.thirdPartyVendor', message: 'name the third-party software vendor the customer should contact (TKT-5)' },
          { field: 'ticketId', message: 'must be a ticket id' },
        ]),
    });
    await wrapper.get('[data-testid="close-resolution"]').setValue('THIRD_PARTY');
    await wrapper.get('[data-testid="close-vendor"]').setValue('ООО Вендор');
    await wrapper.get('[data-testid="close-note"]').setValue('Обратитесь в поддержку ООО Вендор.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[data-testid="field-error"][data-for="resolution"]').text()).toContain('NO_CUSTOMER_RESPONSE is set only by the automatic close');
    expect(wrapper.get('[data-testid="field-error"][data-for="thirdPartyVendor"]').text()).toBe(
      'name the third-party software vendor the customer should contact (TKT-5)',
    );
    expect(wrapper.get('[data-testid="close-resolution"]').attributes('aria-invalid')).toBe('true');
    const alert = wrapper.get('[data-testid="form-error"]');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toContain('ticketId — must be a ticket id');
    // What the agent typed is still there.
    expect(wrapper.get<HTMLInputElement>('[data-testid="close-vendor"]').element.value).toBe('ООО Вендор');
  });

  it('closes with the resolution, the note and the vendor, and says so', async () => {
    const ticket = ticketDetail({ status: 'IN_PROGRESS' });
    const { wrapper, operations } = await mountForm(CloseForm, {
      ticket,
      handler: () => ({ data: { closeTicket: { ...ticket, status: 'CLOSED', resolution: 'THIRD_PARTY' } } }),
    });
    await wrapper.get('[data-testid="close-resolution"]').setValue('THIRD_PARTY');
    await wrapper.get('[data-testid="close-vendor"]').setValue('  ООО Вендор ');
    await wrapper.get('[data-testid="close-note"]').setValue('Обратитесь в поддержку ООО Вендор.');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'CloseTicket')?.variables).toEqual({
      ticketId: '42',
      input: { resolution: 'THIRD_PARTY', note: 'Обратитесь в поддержку ООО Вендор.', thirdPartyVendor: 'ООО Вендор' },
    });
    expect(wrapper.emitted('done')?.[0]).toEqual(['Заявка закрыта: Причина в стороннем ПО.']);
    expect(wrapper.find('[data-testid="form-error"]').exists()).toBe(false);
  });

  it('TKT-3: does not offer NO_CUSTOMER_RESPONSE, which only the automatic close sets', async () => {
    const { wrapper } = await mountForm(CloseForm);
    const values = wrapper.findAll('[data-testid="close-resolution"] option').map((option) => option.attributes('value'));
    expect(values).not.toContain('NO_CUSTOMER_RESPONSE');
    expect(values).toContain('SOLVED');
    expect(wrapper.find('[data-testid="close-vendor"]').exists()).toBe(false);
  });
});
