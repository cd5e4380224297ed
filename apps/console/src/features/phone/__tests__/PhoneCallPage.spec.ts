import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { serviceLevels, typedRequest, typeRequest } from '@/test-support/request-form';
import { badUserInput, byOperation, type Answer } from '@/test-support/api-answers';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp } from '@/test-support/mount-app';
import PhoneCallPage from '../PhoneCallPage.vue';
import { expiredContract, phoneContract } from './phone-fixtures';
import { agentUser, signInAs } from '@/test-support/users';

// Monday 16 February 2026, 10:05:30 Moscow.
const NOW = new Date('2026-02-16T07:05:30Z');
const REGISTER = [phoneContract(), phoneContract({ id: 'c3', identifier: 'DL-EXT-0002' }), expiredContract()];

const ANSWERS: Record<string, Answer> = {
  PhoneContracts: (operation) => {
    const prefix = String(operation.variables.identifier);
    return { data: { contracts: REGISTER.filter((contract) => contract.identifier.startsWith(prefix)) } };
  },
  ServiceLevels: () => ({ data: { serviceLevels } }),
  ResponseDeadlinePreview: (operation) => {
    const at = Date.parse(operation.variables.receivedAt as string);
    return { data: { basic: new Date(at + 3_600_000).toISOString(), extended: new Date(at + 2_700_000).toISOString() } };
  },
};

function handler(overrides: Record<string, Answer> = {}) {
  return byOperation({ ...ANSWERS, ...overrides });
}

async function mountPage(overrides: Record<string, Answer> = {}, attach = false) {
  signInAs(agentUser);
  const mounted = await mountWithApp(PhoneCallPage, { route: '/phone', handler: handler(overrides), ...(attach ? { mount: { attachTo: document.body } } : {}) });
  await flushPromises();
  return mounted;
}

/** Types as the agent would, then lets the debounce pass and the lookup answer. */
async function dictate(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper'], identifier: string): Promise<void> {
  await wrapper.get('[data-field="identifier"]').setValue(identifier);
  vi.advanceTimersByTime(300);
  await flushPromises();
  await flushPromises();
}

describe('PhoneCallPage', () => {
  useFakeClock(NOW);

  it('TKT-11: takes the call start when it opens, in Moscow time, and runs the call timer', async () => {
    const { wrapper } = await mountPage();
    expect(wrapper.get<HTMLInputElement>('[data-testid="call-started-at"]').element.value).toBe('2026-02-16T10:05:30');
    vi.advanceTimersByTime(65_000);
    await flushPromises();
    expect(wrapper.get('[data-testid="call-timer"]').text()).toBe('Идёт 1:05');
    // The agent corrects it: the call began two minutes before the form was opened.
    await wrapper.get('[data-testid="call-started-at"]').setValue('2026-02-16T10:03:30');
    await wrapper.get('[data-testid="call-started-at"]').trigger('change');
    expect(wrapper.get('[data-testid="call-timer"]').text()).toBe('Идёт 3:05');
  });

  it('looks the identifier up as the agent types (debounced) and shows the contract, its level, status and LVL-4 extensions', async () => {
    const { wrapper, operations } = await mountPage();
    await wrapper.get('[data-field="identifier"]').setValue('dl');
    expect(wrapper.get('[data-testid="contract-lookup"]').attributes('data-state')).toBe('idle');
    await wrapper.get('[data-field="identifier"]').setValue('dl-ex');
    await wrapper.get('[data-field="identifier"]').setValue('dl-ext');
    expect(wrapper.get('[data-testid="contract-lookup"]').attributes('data-state')).toBe('searching');
    vi.advanceTimersByTime(300);
    await flushPromises();
    // One lookup for what was typed when the pause came, normalized like the server does.
    expect(operations.filter((op) => op.operationName === 'PhoneContracts').map((op) => op.variables.identifier)).toEqual(['DL-EXT']);
    expect(wrapper.get('[data-testid="contract-lookup"]').attributes('data-state')).toBe('candidates');
    expect(wrapper.findAll('[data-testid="contract-candidate"]').map((row) => row.attributes('data-identifier'))).toEqual(['DL-EXT-0001', 'DL-EXT-0002']);

    await dictate(wrapper, 'dl-ext-0001');
    const card = wrapper.get('[data-testid="contract-card"]');
    expect(card.attributes('data-level')).toBe('EXTENDED');
    expect(card.get('[data-testid="contract-organization"]').text()).toBe('ПАО Бета');
    expect(card.get('[data-testid="contract-status"]').text()).toBe('Поддержка действует');
    expect(card.get('[data-testid="contract-extensions"]').text()).toBe('384, 385, 301, 289');
    // The contract fills in the identifier as registered and its organization (ID-1).
    expect(wrapper.get<HTMLInputElement>('[data-field="identifier"]').element.value).toBe('DL-EXT-0001');
    expect(wrapper.get<HTMLInputElement>('[data-field="organizationName"]').element.value).toBe('ПАО Бета');
    // SLA-1: the deadline preview follows the contract's level and the call's start.
    const preview = wrapper.get('[data-testid="deadline-preview"]');
    expect(preview.attributes('data-level')).toBe('EXTENDED');
    expect(preview.text()).toContain('Для звонка, начавшегося 16.02.2026, 10:05 МСК');
    const deadline = operations.filter((op) => op.operationName === 'ResponseDeadlinePreview').at(-1);
    expect(deadline?.variables.receivedAt).toBe('2026-02-16T07:05:30.000Z');

    // Another number drops the contract.
    await wrapper.get('[data-field="identifier"]').setValue('DL-EXT-000');
    expect(wrapper.find('[data-testid="contract-card"]').exists()).toBe(false);
  });

  it('chooses a candidate in one click', async () => {
    const { wrapper } = await mountPage();
    await dictate(wrapper, 'DL-EXT');
    await wrapper.findAll('[data-testid="contract-candidate"] button')[1]!.trigger('click');
    expect(wrapper.get('[data-testid="contract-card"]').attributes('data-identifier')).toBe('DL-EXT-0002');
  });

  it('ID-2: an expired contract is shown as such; registering it yields a REJECTED ticket, and the button says so', async () => {
    const { wrapper } = await mountPage();
    await dictate(wrapper, 'DL-EXPIRED-0001');
    const card = wrapper.get('[data-testid="contract-card"]');
    expect(card.get('[data-testid="contract-status"]').attributes('data-entitlement')).toBe('EXPIRED');
    expect(card.get('[data-testid="contract-expired"]').text()).toContain('Поддержка закончилась 2024-12-31');
    expect(card.get('[data-testid="contract-extensions"]').text()).toBe('231, 267, 260, 386, 353, 225, 7728');
    expect(wrapper.get('[data-testid="register-call"]').text()).toBe('Зарегистрировать (будет отклонена)');
  });

  it('ID-1: an unknown identifier is shown clearly before sending', async () => {
    const { wrapper } = await mountPage();
    await dictate(wrapper, 'XX-404-404');
    expect(wrapper.get('[data-testid="contract-unknown"]').text()).toContain('Договор «XX-404-404» не найден');
    expect(wrapper.get('[data-testid="deadline-preview"]').attributes('data-level')).toBe('UNKNOWN');
  });

  it('TKT-11: registers the call (channel PHONE, receivedAt = call start) with all of appendix 1 in one mutation and opens the ticket', async () => {
    const { wrapper, operations, router } = await mountPage({
      RegisterPhoneCall: () => ({
        data: {
          createTicket: {
            __typename: 'Ticket',
            id: '77',
            number: 'SD-000077',
            status: 'NEW',
            channel: 'PHONE',
            receivedAt: '2026-02-16T07:05:30.000Z',
            responseDueAt: '2026-02-16T07:25:30.000Z',
            rejectionReason: null,
          },
        },
      }),
    });
    await dictate(wrapper, 'DL-EXT-0001');
    await typeRequest(wrapper);
    await wrapper.get('[data-field="productVersion"]').setValue('8.0');
    await wrapper.get('[data-field="errorText"]').setValue('Ошибка 0x1');
    vi.advanceTimersByTime(95_000);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await flushPromises();

    const create = operations.find((op) => op.operationName === 'RegisterPhoneCall');
    expect(create?.variables.input).toEqual({
      channel: 'PHONE',
      receivedAt: '2026-02-16T07:05:30.000Z',
      identifier: 'DL-EXT-0001',
      organizationName: 'ПАО Бета',
      ...typedRequest,
      productVersion: '8.0',
      errorText: 'Ошибка 0x1',
    });
    // One mutation: nothing said on the call waits for a second request (TKT-8).
    expect(operations.filter((op) => op.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'mutation'))).toHaveLength(1);
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/tickets/77'), { timeout: 15_000 });
  });

  it('shows the server’s validation problems next to their fields and focuses the first', async () => {
    const { wrapper } = await mountPage(
      {
        RegisterPhoneCall: () =>
          badUserInput([
            { field: 'input.identifier', message: 'no support contract has this license number, serial number or activation code (ID-2)' },
            { field: 'input.contact.phone', message: 'is not a phone number' },
            { field: 'input.receivedAt', message: 'must not be in the future' },
          ]),
      },
      true,
    );
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await flushPromises();
    const problem = (field: string) => wrapper.get(`[data-testid="field-error"][data-for="${field}"]`).text();
    expect(problem('identifier')).toBe('Договор с таким номером не найден');
    expect(problem('contact.phone')).toBe('Это не похоже на номер телефона');
    expect(problem('receivedAt')).toBe('Начало звонка не может быть в будущем');
    expect(wrapper.get('[data-field="identifier"]').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('[data-testid="form-errors"]').get('strong').text()).toBe('Исправьте 3 поля');
    expect(document.activeElement?.getAttribute('data-field')).toBe('receivedAt');
    wrapper.unmount();
  });

  it('does not send a call that starts in the future', async () => {
    const { wrapper, operations } = await mountPage();
    await wrapper.get('[data-testid="call-started-at"]').setValue('2026-02-16T11:00:00');
    await wrapper.get('[data-testid="call-started-at"]').trigger('change');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.some((op) => op.operationName === 'RegisterPhoneCall')).toBe(false);
    expect(wrapper.get('[data-testid="field-error"][data-for="receivedAt"]').text()).toBe('Начало звонка не может быть в будущем');
  });

  it('opens appendix 1 when one of its fields has a problem', async () => {
    const { wrapper } = await mountPage({
      RegisterPhoneCall: () => badUserInput([{ field: 'input.productVersion', message: 'must be at most 50 characters' }]),
    });
    expect(wrapper.get<HTMLDetailsElement>('[data-testid="appendix-section"]').element.open).toBe(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get<HTMLDetailsElement>('[data-testid="appendix-section"]').element.open).toBe(true);
    expect(wrapper.get('[data-testid="field-error"][data-for="productVersion"]').text()).toBe('Не длиннее 50 символов');
  });

  it('is in English when chosen', async () => {
    signInAs(agentUser);
    const { wrapper } = await mountWithApp(PhoneCallPage, { route: '/phone', locale: 'en', handler: handler() });
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Register a call');
    expect(wrapper.get('[data-testid="register-call"]').text()).toBe('Register ticket');
  });
});
