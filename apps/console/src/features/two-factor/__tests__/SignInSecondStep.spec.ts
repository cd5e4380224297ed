import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp, type OperationHandler } from '@/test-support/mount-app';
import { useSessionStore } from '@/stores/session';
import SignInPage from '@/features/auth/SignInPage.vue';

const lead = {
  __typename: 'User',
  id: '1',
  email: 'lead@demo.local',
  fullName: 'Лидия Руководитель',
  role: 'TEAM_LEAD',
  organizationAdmin: false,
  organization: null,
};
const session = { __typename: 'AuthPayload', token: 'token-2fa', user: lead };

/** The server of a user with 2FA on: `login` asks for the second step; completeSignIn takes 123456 or a recovery code. */
const twoFactorServer: OperationHandler = (operation) => {
  if (operation.operationName === 'Login') {
    return { errors: [{ message: 'Enter the code', extensions: { code: 'SECOND_FACTOR_REQUIRED', challenge: 'challenge-1', expiresAt: '2026-12-07T10:10:00Z' } }] };
  }
  const { code, recoveryCode } = operation.variables;
  if (code === '123456' || recoveryCode === 'abcde-fghjk') return { data: { completeSignIn: session } };
  return { errors: [{ message: 'Wrong code', extensions: { code: 'UNAUTHENTICATED' } }] };
};

async function signInWithPassword(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  await wrapper.get('#sign-in-email').setValue('lead@demo.local');
  await wrapper.get('#sign-in-password').setValue('demo-password');
  await wrapper.get('[data-testid="sign-in-form"]').trigger('submit');
  await flushPromises();
}

/** #15: the sign-in page's second step. */
describe('sign-in with a second factor', () => {
  afterEach(() => localStorage.clear());

  it('asks for the code after the password, says when it is wrong, and signs in with the right one', async () => {
    const { wrapper, operations, router } = await mountWithApp(SignInPage, { route: '/sign-in', handler: twoFactorServer });
    await signInWithPassword(wrapper);
    expect(wrapper.find('[data-testid="sign-in-form"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="second-step-form"]').text()).toContain('Подтверждение входа');
    expect(wrapper.get('#second-step-code').attributes('autocomplete')).toBe('one-time-code');
    expect(useSessionStore().signedIn).toBe(false);

    await wrapper.get('#second-step-code').setValue('000000');
    await wrapper.get('[data-testid="second-step-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"]').text()).toBe('Код не подошёл: введите текущие 6 цифр из приложения');

    await wrapper.get('#second-step-code').setValue('123456');
    await wrapper.get('[data-testid="second-step-form"]').trigger('submit');
    await flushPromises();
    expect(operations.at(-1)?.variables).toEqual({ challenge: 'challenge-1', code: '123456' });
    expect(useSessionStore().token).toBe('token-2fa');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('queue'), { timeout: 5000 });
  });

  it('takes a recovery code instead', async () => {
    const { wrapper, operations } = await mountWithApp(SignInPage, { route: '/sign-in', handler: twoFactorServer, locale: 'en' });
    await signInWithPassword(wrapper);
    await wrapper.get('[data-testid="second-step-switch"]').trigger('click');
    expect(wrapper.get('label[for="second-step-recovery"]').text()).toContain('Recovery code');
    await wrapper.get('#second-step-recovery').setValue('abcde-fghjk');
    await wrapper.get('[data-testid="second-step-form"]').trigger('submit');
    await flushPromises();
    expect(operations.at(-1)?.variables).toEqual({ challenge: 'challenge-1', recoveryCode: 'abcde-fghjk' });
    expect(useSessionStore().token).toBe('token-2fa');
  });

  it('starts over from the password', async () => {
    const { wrapper } = await mountWithApp(SignInPage, { route: '/sign-in', handler: twoFactorServer });
    await signInWithPassword(wrapper);
    await wrapper.get('[data-testid="second-step-restart"]').trigger('click');
    expect(wrapper.find('[data-testid="sign-in-form"]').exists()).toBe(true);
    expect((wrapper.get('#sign-in-password').element as HTMLInputElement).value).toBe('');
  });

  it('sends staff to enrolment when admins require a second factor', async () => {
    const { wrapper, operations } = await mountWithApp(SignInPage, {
      route: '/sign-in',
      handler: (operation) =>
        operation.operationName === 'Login'
          ? { errors: [{ message: 'Enrol', extensions: { code: 'SECOND_FACTOR_ENROLMENT_REQUIRED', challenge: 'enrol-1' } }] }
          : { data: { beginTwoFactorEnrolment: { __typename: 'TwoFactorSetup', secret: 'JBSWY3DPEHPK3PXP', otpauthUri: 'otpauth://totp/x', qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' } } },
    });
    await signInWithPassword(wrapper);
    await flushPromises();
    expect(wrapper.get('[data-testid="sign-in-enrolment"]').text()).toContain('Администратор требует двухфакторный вход');
    expect(operations.at(-1)).toMatchObject({ operationName: 'BeginTwoFactorEnrolment', variables: { challenge: 'enrol-1' } });
    expect(wrapper.get('[data-testid="two-factor-secret"]').text()).toBe('JBSWY3DPEHPK3PXP');
    expect(wrapper.get('[data-testid="two-factor-qr"]').attributes('src')).toMatch(/^data:image\/svg\+xml/);
  });
});
