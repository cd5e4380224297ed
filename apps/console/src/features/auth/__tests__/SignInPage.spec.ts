import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { SESSION_STORAGE_KEY, useSessionStore } from '@/stores/session';
import SignInPage from '../SignInPage.vue';

const agent = {
  __typename: 'User',
  id: '2',
  email: 'agent1@demo.local',
  fullName: 'Алексей Инженеров',
  role: 'AGENT',
  organization: { __typename: 'Organization', id: '1', name: 'ЦЗИ ООО «Конфидент»', kind: 'VENDOR' },
};
const customer = {
  ...agent,
  id: '7',
  email: 'beta@demo.local',
  fullName: 'Борис Бетов',
  role: 'CUSTOMER',
  organization: { __typename: 'Organization', id: '3', name: 'ПАО Бета', kind: 'CUSTOMER' },
};

const loginAs =
  (user: typeof agent): OperationHandler =>
  () => ({ data: { login: { __typename: 'AuthPayload', token: 'token-123', user } } });

async function fillAndSubmit(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper'], email: string, password: string) {
  await wrapper.get('#sign-in-email').setValue(email);
  await wrapper.get('#sign-in-password').setValue(password);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('SignInPage', () => {
  afterEach(() => localStorage.clear());

  it('labels both fields and offers the demo accounts', async () => {
    const { wrapper } = await mountWithApp(SignInPage, { route: '/sign-in' });
    expect(wrapper.get('label[for="sign-in-email"]').text()).toBe('Электронная почта');
    expect(wrapper.get('label[for="sign-in-password"]').text()).toBe('Пароль');
    expect(wrapper.get('#sign-in-email').attributes('autocomplete')).toBe('username');
    const demo = wrapper.get('[data-testid="demo-accounts"]').text();
    expect(demo).toContain('agent1@demo.local');
    expect(demo).toContain('demo-password');
    // LVL-4: the phone extensions are shown to customers.
    expect(demo).toContain('384, 385, 301, 289');
  });

  it('signs an agent in with the login mutation and opens the queue', async () => {
    const { wrapper, operations, router } = await mountWithApp(SignInPage, { route: '/sign-in', handler: loginAs(agent) });
    await fillAndSubmit(wrapper, '  agent1@demo.local ', 'demo-password');

    expect(operations).toHaveLength(1);
    expect(operations[0]?.operationName).toBe('Login');
    expect(operations[0]?.variables).toEqual({ email: 'agent1@demo.local', password: 'demo-password' });
    const session = useSessionStore();
    expect(session.token).toBe('token-123');
    expect(session.isStaff).toBe(true);
    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? '{}').token).toBe('token-123');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('queue'), { timeout: 5000 });
  });

  it('sends a customer to the portal', async () => {
    const { wrapper, router } = await mountWithApp(SignInPage, { route: '/sign-in', handler: loginAs(customer) });
    await fillAndSubmit(wrapper, 'beta@demo.local', 'demo-password');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('portal'), { timeout: 5000 });
  });

  it('returns to the page that asked for sign-in', async () => {
    const { wrapper, router } = await mountWithApp(SignInPage, { route: '/sign-in?redirect=/tickets/7', handler: loginAs(agent) });
    await fillAndSubmit(wrapper, 'agent1@demo.local', 'demo-password');
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tickets/7'), { timeout: 5000 });
  });

  it("shows the API's error message and keeps the user signed out", async () => {
    let unauthenticated = 0;
    const { wrapper, router } = await mountWithApp(SignInPage, {
      route: '/sign-in',
      handler: () => ({ errors: [{ message: 'Wrong e-mail or password', extensions: { code: 'UNAUTHENTICATED' } }] }),
      onUnauthenticated: () => (unauthenticated += 1),
    });
    await fillAndSubmit(wrapper, 'agent1@demo.local', 'nope');

    const alert = wrapper.get('[data-testid="sign-in-error"]');
    expect(alert.attributes('role')).toBe('alert');
    expect(alert.text()).toContain('Не удалось войти');
    expect(alert.text()).toContain('Wrong e-mail or password');
    expect((wrapper.get('#sign-in-password').element as HTMLInputElement).value).toBe('');
    expect(useSessionStore().signedIn).toBe(false);
    expect(router.currentRoute.value.name).toBe('sign-in');
    // A wrong password is not an expired session: the error link must not sign anyone out.
    expect(unauthenticated).toBe(0);
  });

  it('says so when the server cannot be reached', async () => {
    const { wrapper } = await mountWithApp(SignInPage, {
      route: '/sign-in',
      handler: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await fillAndSubmit(wrapper, 'agent1@demo.local', 'demo-password');
    expect(wrapper.get('[data-testid="sign-in-error"]').text()).toContain('Сервер недоступен');
  });

  it('asks for both fields before calling the API', async () => {
    const { wrapper, operations } = await mountWithApp(SignInPage, { route: '/sign-in' });
    await fillAndSubmit(wrapper, 'agent1@demo.local', '');
    expect(operations).toHaveLength(0);
    expect(wrapper.get('[data-testid="sign-in-error"]').text()).toContain('Укажите электронную почту и пароль');
  });

  it('fills a demo account on click', async () => {
    const { wrapper } = await mountWithApp(SignInPage, { route: '/sign-in' });
    await wrapper.get('[aria-label="Подставить lead@demo.local"]').trigger('click');
    expect((wrapper.get('#sign-in-email').element as HTMLInputElement).value).toBe('lead@demo.local');
    expect((wrapper.get('#sign-in-password').element as HTMLInputElement).value).toBe('demo-password');
  });

  it('speaks English when switched', async () => {
    const { wrapper } = await mountWithApp(SignInPage, { route: '/sign-in', locale: 'en' });
    expect(wrapper.get('h1').text()).toBe('Sign in to the console');
    expect(wrapper.get('label[for="sign-in-email"]').text()).toBe('E-mail');
  });
});
