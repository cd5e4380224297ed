import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput } from '@/test-support/api-answers';
import { ticketDetail } from '../../__tests__/ticket-fixture';
import AssignForm from '../AssignForm.vue';
import ChangeCriticalityForm from '../ChangeCriticalityForm.vue';
import EscalateForm from '../EscalateForm.vue';
import ExpectedResolutionForm from '../ExpectedResolutionForm.vue';
import RejectForm from '../RejectForm.vue';
import SplitForm from '../SplitForm.vue';
import { mountForm } from './form-kit';

const ticket = ticketDetail({ status: 'IN_PROGRESS' });

describe('action forms: validation shown where the agent looks', () => {
  it('SLA-8: reclassifying needs a reason; the server’s TKT-1 refusal lands on the criticality field', async () => {
    const nonIncident = ticketDetail({ status: 'IN_PROGRESS', category: 'FUNCTIONALITY_QUESTION', criticality: 'NON_CRITICAL' });
    const { wrapper, operations } = await mountForm(ChangeCriticalityForm, {
      ticket: nonIncident,
      handler: () => badUserInput([{ field: 'criticality', message: 'only an INCIDENT can be CRITICAL, not FUNCTIONALITY_QUESTION (TKT-1)' }]),
    });
    expect(wrapper.get<HTMLSelectElement>('[data-testid="criticality-select"]').element.value).toBe('CRITICAL');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations).toHaveLength(0);
    expect(wrapper.get('[data-testid="field-error"][data-for="reason"]').text()).toBe('Заполните это поле');

    await wrapper.get('[data-testid="criticality-reason"]').setValue('Отказ АРМ');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations[0]?.variables).toEqual({ ticketId: '42', criticality: 'CRITICAL', reason: 'Отказ АРМ' });
    expect(wrapper.get('[data-testid="field-error"][data-for="criticality"]').text()).toBe(
      'only an INCIDENT can be CRITICAL, not FUNCTIONALITY_QUESTION (TKT-1)',
    );
    expect(wrapper.find('[data-testid="field-error"][data-for="reason"]').exists()).toBe(false);
  });

  it('TKT-6: escalating needs a reason', async () => {
    const { wrapper, operations } = await mountForm(EscalateForm, {
      ticket,
      handler: () => ({ data: { escalateTicket: { ...ticket, escalationLevel: 1 } } }),
    });
    expect(wrapper.text()).toContain('Эскалация до уровня 1');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="reason"]').text()).toBe('Заполните это поле');
    await wrapper.get('[data-testid="escalate-reason"]').setValue('Нужен разработчик');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations[0]?.variables).toEqual({ ticketId: '42', reason: 'Нужен разработчик' });
    expect(wrapper.emitted('done')?.[0]).toEqual(['Заявка эскалирована до уровня 1.']);
  });

  it('TKT-7: refusing needs one of the agreement’s grounds and a note for the customer', async () => {
    const { wrapper, operations } = await mountForm(RejectForm, { ticket });
    const grounds = wrapper.findAll('[data-testid="reject-reason"] option').map((option) => option.attributes('value'));
    expect(grounds).not.toContain('SUPPORT_EXPIRED');
    expect(grounds).toContain('UNLICENSED_SOFTWARE');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations).toHaveLength(0);
    expect(wrapper.get('[data-testid="field-error"][data-for="reason"]').text()).toBe('Выберите основание отказа');
    expect(wrapper.get('[data-testid="field-error"][data-for="note"]').text()).toBe('Заполните это поле');
  });

  it('TKT-9: the expected resolution date is sent as a Moscow time; the server’s "not in the past" lands on the field', async () => {
    const { wrapper, operations } = await mountForm(ExpectedResolutionForm, {
      ticket,
      handler: () => badUserInput([{ field: 'at', message: 'must not be in the past' }]),
    });
    await wrapper.get('[data-testid="expected-at"]').setValue('2026-02-10T12:00');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations[0]?.variables).toEqual({ ticketId: '42', at: '2026-02-10T09:00:00.000Z' });
    expect(wrapper.get('[data-testid="field-error"][data-for="at"]').text()).toBe('must not be in the past');
  });

  it('ID-3: each split part has its own errors, from the form and from the API', async () => {
    const { wrapper, operations } = await mountForm(SplitForm, {
      ticket,
      handler: () => badUserInput([{ field: 'parts.1.description', message: 'is required' }]),
    });
    await wrapper.get('[data-testid="split-add"]').trigger('click');
    const parts = () => wrapper.findAll('[data-testid="split-part"]');
    expect(parts()).toHaveLength(2);
    await parts()[0]!.get('[data-testid="split-subject"]').setValue('Первый инцидент');
    await parts()[0]!.get('[data-testid="split-description"]').setValue('Описание');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations).toHaveLength(0);
    expect(parts()[0]!.find('[data-testid="field-error"]').exists()).toBe(false);
    expect(parts()[1]!.get('[data-testid="field-error"][data-for="parts.1.subject"]').text()).toBe('Заполните это поле');

    await parts()[1]!.get('[data-testid="split-subject"]').setValue('Второй');
    await parts()[1]!.get('[data-testid="split-description"]').setValue('x');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations[0]?.variables).toMatchObject({ ticketId: '42', parts: [{ subject: 'Первый инцидент' }, { subject: 'Второй' }] });
    expect(parts()[1]!.get('[data-testid="field-error"][data-for="parts.1.description"]').text()).toBe('is required');
  });

  it('TKT-1: a split part that is not an incident cannot be critical', async () => {
    const { wrapper } = await mountForm(SplitForm, { ticket });
    const part = wrapper.get('[data-testid="split-part"]');
    await part.get('[data-testid="split-subject"]').setValue('Вопрос');
    await part.get('[data-testid="split-description"]').setValue('Как настроить?');
    await part.findAll('select')[0]!.setValue('FUNCTIONALITY_QUESTION');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(part.get('[data-testid="field-error"][data-for="parts.0.criticality"]').text()).toBe('Критичным может быть только инцидент (TKT-1)');
  });

  it('TKT-6: assigning offers the staff and refuses the current assignee', async () => {
    const assigned = ticketDetail({ status: 'IN_PROGRESS', assignee: { __typename: 'User', id: '2', fullName: 'Алексей Инженеров' } });
    const { wrapper, operations } = await mountForm(AssignForm, {
      ticket: assigned,
      handler: (op) =>
        op.operationName === 'Staff'
          ? {
              data: {
                staff: [
                  { __typename: 'User', id: '2', fullName: 'Алексей Инженеров', role: 'AGENT' },
                  { __typename: 'User', id: '3', fullName: 'Мария Поддержкина', role: 'AGENT' },
                ],
              },
            }
          : { data: { assignTicket: { ...assigned, assignee: { __typename: 'User', id: '3', fullName: 'Мария Поддержкина' } } } },
    });
    await flushPromises();
    expect(wrapper.findAll('[data-testid="assign-select"] option').map((option) => option.text())).toEqual([
      'Выберите сотрудника',
      'Алексей Инженеров — Инженер',
      'Мария Поддержкина — Инженер',
    ]);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="assigneeId"]').text()).toBe('Заявка уже назначена на этого сотрудника');
    await wrapper.get('[data-testid="assign-select"]').setValue('3');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(operations.find((op) => op.operationName === 'AssignTicket')?.variables).toEqual({ ticketId: '42', assigneeId: '3' });
    expect(wrapper.emitted('done')?.[0]).toEqual(['Заявка назначена: Мария Поддержкина.']);
  });
});
