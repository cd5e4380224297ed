import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { badUserInput, byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import { agentUser, signInAs } from '@/test-support/users';
import StaffMaterialCard from '../components/StaffMaterialCard.vue';
import { materialRequest, ticketMaterial } from './material-fixtures';

async function mountCard(answers: Parameters<typeof byOperation>[0], props = { ticketId: '42', canRequest: true, final: false }) {
  signInAs(agentUser);
  const mounted = await mountWithApp(StaffMaterialCard, { handler: byOperation(answers), mount: { props } });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

describe('StaffMaterialCard (#19)', () => {
  it('asks for material: kind, what exactly, why; the server’s field problems land under their inputs', async () => {
    let attempts = 0;
    const { wrapper, operations } = await mountCard({
      TicketMaterial: () => ({ data: { ticket: ticketMaterial([], 'IN_PROGRESS') } }),
      RequestMaterial: () => {
        attempts += 1;
        return attempts === 1
          ? badUserInput([{ field: 'items.0.reason', message: 'must be at most 2000 characters' }])
          : { data: { requestMaterial: ticketMaterial([materialRequest({ kind: 'MSINFO32_REPORT' })]) } };
      },
    });
    expect(wrapper.text()).toContain('Материалы не запрашивались.');
    await wrapper.get('[data-testid="material-request-open"]').trigger('click');
    // Local check first: both texts are required.
    await wrapper.get('[data-testid="material-request-form"]').trigger('submit');
    expect(wrapper.findAll('[data-testid="field-error"]').map((e) => e.attributes('data-for'))).toEqual(['items.0.details', 'items.0.reason']);

    await wrapper.get('[data-testid="material-kind"]').setValue('MSINFO32_REPORT');
    await wrapper.get('[data-testid="material-details"]').setValue('msinfo32 /nfo C:\\server.nfo');
    await wrapper.get('[data-testid="material-reason"]').setValue('x');
    await wrapper.get('[data-testid="material-request-form"]').trigger('submit');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="items.0.reason"]').text()).toContain('2000');

    await wrapper.get('[data-testid="material-request-form"]').trigger('submit');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.filter((op) => op.operationName === 'RequestMaterial').at(-1)?.variables).toEqual({
      ticketId: '42',
      items: [{ kind: 'MSINFO32_REPORT', details: 'msinfo32 /nfo C:\\server.nfo', reason: 'x' }],
    });
    expect(wrapper.emitted('done')?.[0]).toEqual(['Запрос отправлен заказчику: заявка ожидает его ответа']);
    expect(wrapper.get('[data-testid="material-request"]').attributes('data-kind')).toBe('MSINFO32_REPORT');
    // Several round trips on a shared, busy machine: a generous limit, the behaviour is what is asserted.
  }, 30_000);

  it('equipment at the vendor: where it is, and its return recorded with the day and condition', async () => {
    const atVendor = materialRequest({
      kind: 'EQUIPMENT',
      status: 'FULFILLED',
      equipment: [{ __typename: 'EquipmentItem', id: '3', item: 'ПАК «Соболь»', serialNumber: 'SB-1', receivedOn: '2026-11-24', returnedOn: null, conditionNotes: null, location: 'AT_VENDOR' }],
    });
    const { wrapper, operations } = await mountCard({
      TicketMaterial: () => ({ data: { ticket: ticketMaterial([atVendor], 'CLOSED') } }),
      RecordEquipmentReturned: () => ({ data: { recordEquipmentReturned: ticketMaterial([{ ...atVendor, equipment: [{ ...atVendor.equipment[0]!, returnedOn: '2026-11-26', location: 'RETURNED' }] }], 'CLOSED') } }),
    }, { ticketId: '42', canRequest: false, final: true });
    expect(wrapper.get('[data-testid="equipment-item"]').text()).toContain('У производителя на диагностике');
    // Closed: nothing more is asked for, but the device still goes back.
    expect(wrapper.find('[data-testid="material-request-open"]').exists()).toBe(false);
    await wrapper.get('[data-testid="equipment-returned"]').trigger('click');
    await wrapper.get('[data-testid="equipment-day"]').setValue('2026-11-26');
    await wrapper.get('[data-testid="equipment-condition"]').setValue('Заменён блок питания');
    await wrapper.get('[data-testid="equipment-returned-form"]').trigger('submit');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'RecordEquipmentReturned')?.variables).toEqual({ input: { itemId: '3', returnedOn: '2026-11-26', conditionNotes: 'Заменён блок питания' } });
    expect(wrapper.get('[data-testid="equipment-item"]').attributes('data-location')).toBe('RETURNED');
  });
});
