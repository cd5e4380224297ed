import type { Operation } from '@apollo/client/core';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { badUserInput, byOperation, type Answer } from '@/test-support/api-answers';
import { useFakeClock } from '@/test-support/useFakeClock';
import { mountWithApp } from '@/test-support/mount-app';
import NewTicketPage from '../NewTicketPage.vue';
import { portalTicket } from './portal-fixtures';
import { contract } from '@/test-support/contracts';
import { customerUser, signInAs } from '@/test-support/users';
import { serviceLevels, typedRequest, typeRequest } from '@/test-support/request-form';

// 16 February 2026, 10:05:30 Moscow: a working Monday.
const NOW = new Date('2026-02-16T07:05:30Z');

/** The public responseDeadline as the server would answer: now + the SLA-1 time (both levels open at 10:05). */
function deadlines(operation: Operation) {
  const receivedAt = Date.parse(operation.variables.receivedAt as string);
  const critical = operation.variables.criticality === 'CRITICAL';
  return {
    basic: new Date(receivedAt + (critical ? 30 : 60) * 60_000).toISOString(),
    extended: new Date(receivedAt + (critical ? 20 : 45) * 60_000).toISOString(),
  };
}

async function mountForm(options: { contracts?: ReturnType<typeof contract>[]; overrides?: Record<string, Answer>; attach?: boolean } = {}) {
  signInAs(customerUser);
  const contracts = options.contracts ?? [contract()];
  const mounted = await mountWithApp(NewTicketPage, {
    route: '/portal/new',
    handler: byOperation({
      MyContracts: () => ({ data: { contracts } }),
      ServiceLevels: () => ({ data: { serviceLevels } }),
      ResponseDeadlinePreview: (operation) => ({ data: deadlines(operation) }),
      ...options.overrides,
    }),
    ...(options.attach ? { mount: { attachTo: document.body } } : {}),
  });
  await flushPromises();
  await flushPromises();
  return mounted;
}

describe('NewTicketPage', () => {
  useFakeClock(NOW);

  it('TKT-1: CRITICAL is offered for an INCIDENT only; another category turns it off and back to NON_CRITICAL', async () => {
    const { wrapper } = await mountForm();
    const critical = () => wrapper.get<HTMLInputElement>('[data-testid="criticality-critical"]');
    expect(critical().element.disabled).toBe(false);
    await critical().setValue(true);
    expect(critical().element.checked).toBe(true);

    await wrapper.get('[data-testid="category-select"]').setValue('FUNCTIONALITY_QUESTION');
    expect(critical().element.disabled).toBe(true);
    expect(critical().element.checked).toBe(false);
    expect(wrapper.get<HTMLInputElement>('[data-testid="criticality-non-critical"]').element.checked).toBe(true);
    expect(wrapper.get('[data-testid="criticality-hint"]').text()).toBe('Критичной может быть только заявка категории «Инцидент».');
  });

  it("SLA-1: before sending, shows responseDeadline(level of the contract, criticality, now) and follows the criticality", async () => {
    const { wrapper, operations } = await mountForm();
    // The only contract in force is chosen for the customer; its level is EXTENDED.
    expect(wrapper.get<HTMLSelectElement>('[data-testid="contract-select"]').element.value).toBe('c1');
    const preview = wrapper.get('[data-testid="deadline-preview"]');
    expect(preview.attributes('data-level')).toBe('EXTENDED');
    const rows = () => wrapper.findAll('[data-testid="deadline-row"]');
    expect(rows()).toHaveLength(1);
    expect(rows()[0]!.text()).toContain('16.02.2026, 10:50 МСК');
    expect(rows()[0]!.text()).toContain('в течение 45 мин');
    const query = operations.find((op) => op.operationName === 'ResponseDeadlinePreview');
    expect(query?.variables).toEqual({ criticality: 'NON_CRITICAL', receivedAt: '2026-02-16T07:05:00.000Z' });

    await wrapper.get('[data-testid="criticality-critical"]').setValue(true);
    await flushPromises();
    expect(rows()[0]!.text()).toContain('16.02.2026, 10:25 МСК');
    expect(rows()[0]!.text()).toContain('в течение 20 мин');
  });

  it('with no contract known for the identifier, shows both levels and says why', async () => {
    const { wrapper } = await mountForm({ contracts: [] });
    await wrapper.get('[data-field="identifier"]').setValue('SN-UNKNOWN');
    await flushPromises();
    const rows = wrapper.findAll('[data-testid="deadline-row"]');
    expect(rows.map((row) => row.attributes('data-level'))).toEqual(['EXTENDED', 'BASIC']);
    expect(rows[1]!.text()).toContain('16.02.2026, 11:05 МСК');
    expect(wrapper.find('[data-testid="deadline-unknown-level"]').exists()).toBe(true);
  });

  it('shows the server’s BAD_USER_INPUT problems next to their fields and focuses the first', async () => {
    const { wrapper } = await mountForm({
      attach: true,
      overrides: {
        CreatePortalTicket: () =>
          badUserInput([
            { field: 'input.contact.position', message: "is required: contact person's position" },
            { field: 'input.contact.phone', message: 'is not a phone number' },
            { field: 'input.subject', message: 'is required: a short subject' },
          ]),
      },
    });
    await wrapper.get('[data-field="contact.phone"]').setValue('abc');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const problem = (field: string) => wrapper.get(`[data-testid="field-error"][data-for="${field}"]`).text();
    expect(problem('contact.position')).toBe('Обязательное поле');
    expect(problem('contact.phone')).toBe('Это не похоже на номер телефона');
    expect(problem('subject')).toBe('Обязательное поле');
    const phone = wrapper.get('[data-field="contact.phone"]');
    expect(phone.attributes('aria-invalid')).toBe('true');
    expect(phone.attributes('aria-describedby')).toBe(wrapper.get('[data-for="contact.phone"]').attributes('id'));
    const summary = wrapper.get('[data-testid="form-errors"]');
    expect(summary.get('strong').text()).toBe('Исправьте 3 поля');
    expect(summary.findAll('li').map((li) => li.text())).toEqual(['Должность: Обязательное поле', 'Телефон: Это не похоже на номер телефона', 'Тема: Обязательное поле']);
    expect(document.activeElement?.getAttribute('data-field')).toBe('contact.position');
    wrapper.unmount();
  });

  it('registers the ticket (channel PORTAL) with every appendix-1 detail in one createTicket, and opens it', async () => {
    const created = portalTicket({ id: '42' });
    const { wrapper, operations, router } = await mountForm({
      overrides: {
        CreatePortalTicket: () => ({ data: { createTicket: created } }),
      },
    });
    await typeRequest(wrapper);
    await wrapper.get('[data-field="osBitness"]').setValue('X64');
    await wrapper.get('[data-field="errorText"]').setValue('Ошибка 0x1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    await flushPromises();

    const create = operations.find((op) => op.operationName === 'CreatePortalTicket');
    expect(create?.variables.input).toEqual({
      channel: 'PORTAL',
      identifier: 'DL-EXT-0001',
      organizationName: 'ПАО Бета',
      ...typedRequest,
      // The signed-in customer's e-mail comes with the form.
      contact: { ...typedRequest.contact, email: 'beta@demo.local' },
      osBitness: 'X64',
      errorText: 'Ошибка 0x1',
    });
    expect(operations.some((op) => op.operationName === 'UpdatePortalTicketDetails')).toBe(false);
    // The ticket page loads lazily: give the route a moment to resolve.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/portal/tickets/42?created=1'), { timeout: 15_000 });
  });

  it('#19: while the request is written, matching FAQ articles and documents are offered; "this answered my question" sends no request', async () => {
    const suggestions = {
      __typename: 'SelfServiceSuggestions',
      articles: [{ __typename: 'FaqArticle', id: '3', slug: 'oshibka-autentifikacii', title: 'Ошибка аутентификации при входе в систему' }],
      documents: [{ __typename: 'ProductDocument', id: '7', title: 'Руководство администратора', productVersion: '8.0.565', edition: 'ред. 3', downloadUrl: 'https://docs.example/admin.pdf' }],
    };
    const { wrapper, operations } = await mountForm({
      overrides: {
        SelfServiceSuggestions: () => ({ data: { selfServiceSuggestions: suggestions } }),
        RecordSelfServiceResolution: () => ({ data: { recordSelfServiceResolution: true } }),
      },
    });
    await wrapper.get('[data-field="subject"]').setValue('Ошибка аутентификации');
    await wrapper.get('[data-field="description"]').setValue('Доменный пользователь не может войти');
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="self-service-article"]')).toHaveLength(1), { timeout: 3000 });
    expect(operations.find((op) => op.operationName === 'SelfServiceSuggestions')?.variables).toEqual({
      productId: 'p1',
      text: 'Ошибка аутентификации\nДоменный пользователь не может войти',
    });
    expect(wrapper.get('[data-testid="self-service-document"]').text()).toContain('Руководство администратора');
    await wrapper.get('[data-testid="self-service-answered"]').trigger('click');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'RecordSelfServiceResolution')?.variables).toEqual({
      input: { productId: 'p1', query: 'Ошибка аутентификации\nДоменный пользователь не может войти', articleId: '3' },
    });
    expect(wrapper.get('[data-testid="self-service-thanks"]').text()).toContain('Заявка не отправлена');
    expect(operations.some((op) => op.operationName === 'CreatePortalTicket')).toBe(false);
  });
});
