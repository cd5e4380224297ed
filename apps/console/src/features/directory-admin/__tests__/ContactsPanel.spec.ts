import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput, byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import ContactsPanel from '../components/ContactsPanel.vue';
import { contact } from './fixtures';

async function mountPanel(answers: Parameters<typeof byOperation>[0] = {}) {
  const mounted = await mountWithApp(ContactsPanel, { route: '/sign-in', handler: byOperation(answers), mount: { props: { organizationId: '1', contacts: [contact] } } });
  await flushPromises();
  return mounted;
}

describe('ContactsPanel', () => {
  it('lists contacts with position, e-mail, phone and notification language', async () => {
    const { wrapper } = await mountPanel();
    const row = wrapper.get('[data-testid="contact-row"]');
    expect(row.text()).toContain('Ирина Петрова');
    expect(row.text()).toContain('Главный инженер');
    expect(row.text()).toContain('petrova@romashka.example');
    expect(row.text()).toContain('+7 495 123-45-67');
    expect(row.text()).toContain('Русский');
    expect(wrapper.get('[data-testid="contact-edit"]').attributes('aria-label')).toBe('Изменить: Ирина Петрова');
  });

  it('adds a contact to the organization, an empty e-mail sent as null', async () => {
    const { wrapper, operations } = await mountPanel({ CreateContact: (op) => ({ data: { createContact: { ...contact, id: '12', ...(op.variables.input as object) } } }) });
    await wrapper.get('[data-testid="contact-full-name"]').setValue('Олег Сидоров');
    await wrapper.get('[data-testid="contact-position"]').setValue('Администратор');
    await wrapper.get('[data-testid="contact-phone"]').setValue('+7 900 000-00-00');
    await wrapper.get('[data-testid="contact-locale"]').setValue('EN');
    await wrapper.get('[data-testid="contact-form"]').trigger('submit');
    await flushPromises();
    const create = operations.find((op) => op.operationName === 'CreateContact')!;
    expect(create.variables).toEqual({ organizationId: '1', input: { fullName: 'Олег Сидоров', position: 'Администратор', email: null, phone: '+7 900 000-00-00', locale: 'EN' } });
    expect(wrapper.emitted('saved')).toHaveLength(1);
    expect(wrapper.get<HTMLInputElement>('[data-testid="contact-full-name"]').element.value).toBe('');
  });

  it('edits a contact with updateContact', async () => {
    const { wrapper, operations } = await mountPanel({ UpdateContact: () => ({ data: { updateContact: { ...contact, position: 'Директор' } } }) });
    await wrapper.get('[data-testid="contact-edit"]').trigger('click');
    expect(wrapper.get<HTMLInputElement>('[data-testid="contact-full-name"]').element.value).toBe('Ирина Петрова');
    await wrapper.get('[data-testid="contact-position"]').setValue('Директор');
    await wrapper.get('[data-testid="contact-form"]').trigger('submit');
    await flushPromises();
    const update = operations.find((op) => op.operationName === 'UpdateContact')!;
    expect(update.variables).toEqual({ id: '11', input: { fullName: 'Ирина Петрова', position: 'Директор', email: 'petrova@romashka.example', phone: '+7 495 123-45-67', locale: 'RU' } });
  });

  it("shows the server's problem beside its input and keeps the input", async () => {
    const { wrapper } = await mountPanel({ CreateContact: () => badUserInput([{ field: 'input.phone', message: 'must be a phone number' }]) });
    await wrapper.get('[data-testid="contact-full-name"]').setValue('Олег Сидоров');
    await wrapper.get('[data-testid="contact-phone"]').setValue('abc');
    await wrapper.get('[data-testid="contact-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="phone"]').text()).toBe('must be a phone number');
    expect(wrapper.get('[data-testid="contact-phone"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get<HTMLInputElement>('[data-testid="contact-full-name"]').element.value).toBe('Олег Сидоров');
    expect(wrapper.emitted('saved')).toBeUndefined();
  });
});
