import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { useSessionStore } from '@/stores/session';
import SetPasswordPage from '../SetPasswordPage.vue';

const TOKEN = 'inv_' + 'a'.repeat(43);
const agent = {
  __typename: 'User',
  id: '9',
  email: 'new@example.ru',
  fullName: 'Никита Новиков',
  role: 'AGENT',
  organizationAdmin: false,
  organization: null,
};
const link = { __typename: 'PasswordLink', purpose: 'INVITATION', email: 'new@example.ru', fullName: 'Никита Новиков', expiresAt: '2026-12-10T07:03:00.000Z' };

/** The API as the page meets it: the link's facts, then the answer to setPassword. */
function api(setPassword: OperationHandler): OperationHandler {
  return (operation) => (operation.operationName === 'PasswordLink' ? { data: { passwordLink: operation.variables.token === TOKEN ? link : null } } : setPassword(operation));
}

describe('SetPasswordPage (#12)', () => {
  afterEach(() => localStorage.clear());

  it('says whose invitation it is, checks the rules locally, and signs the new user in', async () => {
    const signedIn = () => ({ data: { setPassword: { __typename: 'AuthPayload', token: 'token-new', user: agent } } });
    const { wrapper, operations, router } = await mountWithApp(SetPasswordPage, { route: `/set-password?token=${TOKEN}`, handler: api(signedIn) });
    await flushPromises();
    expect(wrapper.get('[data-testid="set-password-who"]').text()).toContain('Никита Новиков (new@example.ru)');

    await wrapper.get('[data-testid="set-password-password"]').setValue('short');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="password"]').text()).toContain('Не короче 12 символов');
    expect(operations.filter((o) => o.operationName === 'SetPassword')).toHaveLength(0);

    await wrapper.get('[data-testid="set-password-password"]').setValue('три зелёных кота');
    await wrapper.get('[data-testid="set-password-confirm"]').setValue('три зелёных кота');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.find((o) => o.operationName === 'SetPassword')?.variables).toEqual({ token: TOKEN, password: 'три зелёных кота' });
    expect(useSessionStore().token).toBe('token-new');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('queue'), { timeout: 5000 });
  });

  it("shows the server's refusal of a common password in Russian next to the field", async () => {
    const refused = () => ({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'password', message: 'is one of the most common passwords: choose another' }] } }] });
    const { wrapper } = await mountWithApp(SetPasswordPage, { route: `/set-password?token=${TOKEN}`, handler: api(refused) });
    await flushPromises();
    await wrapper.get('[data-testid="set-password-password"]').setValue('qwerty123456');
    await wrapper.get('[data-testid="set-password-confirm"]').setValue('qwerty123456');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="password"]').text()).toContain('самых распространённых');
    expect(useSessionStore().signedIn).toBe(false);
  });

  it('an invalid, used or expired link says so and offers "forgot password"', async () => {
    const { wrapper } = await mountWithApp(SetPasswordPage, { route: '/set-password?token=inv_used', handler: api(() => ({ data: null })) });
    await flushPromises();
    expect(wrapper.get('[data-testid="set-password-invalid"]').text()).toContain('Ссылка недействительна');
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
