import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { FileUpload } from '@/features/ticket';
import { byOperation } from '@/test-support/api-answers';
import { mountWithApp } from '@/test-support/mount-app';
import { customerUser, signInAs } from '@/test-support/users';
import PortalMaterialCard from '../components/PortalMaterialCard.vue';
import { materialRequest, ticketMaterial } from './material-fixtures';

async function mountCard(requests: ReturnType<typeof materialRequest>[]) {
  signInAs(customerUser);
  const mounted = await mountWithApp(PortalMaterialCard, {
    handler: byOperation({
      TicketMaterial: () => ({ data: { ticket: ticketMaterial(requests) } }),
      FulfilMaterialRequest: (operation) => {
        const input = operation.variables.input as { requestId: string };
        const done = requests.map((r) => (r.id === input.requestId ? { ...r, status: 'FULFILLED' as const, files: [{ __typename: 'TicketFile' as const, id: '9', fileName: 'dlserver.log', size: 42, downloadUrl: '/files/9/content' }] } : r));
        return { data: { fulfilMaterialRequest: ticketMaterial(done, 'IN_PROGRESS') } };
      },
    }),
    mount: { props: { ticketId: '42' } },
  });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

describe('PortalMaterialCard (#19)', () => {
  it('an open request for files: what and why, an upload slot, and the uploaded file sent with fulfilMaterialRequest', async () => {
    const { wrapper, operations } = await mountCard([materialRequest()]);
    expect(wrapper.text()).toContain('Журналы (логи)');
    expect(wrapper.text()).toContain('Найти момент остановки службы');
    // Nothing uploaded yet: the customer is told, nothing is sent.
    await wrapper.get('[data-testid="material-provide"]').trigger('click');
    expect(wrapper.get('[data-testid="material-problem"]').text()).toBe('Сначала загрузите хотя бы один файл');
    expect(operations.some((op) => op.operationName === 'FulfilMaterialRequest')).toBe(false);

    wrapper.findComponent(FileUpload).vm.$emit('uploaded', { fileId: '9', name: 'dlserver.log' });
    await flushPromises();
    expect(wrapper.get('[data-testid="material-uploaded"]').text()).toContain('dlserver.log');
    await wrapper.get('[data-testid="material-provide"]').trigger('click');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'FulfilMaterialRequest')?.variables).toEqual({ input: { requestId: '5', fileIds: ['9'], note: null } });
    expect(wrapper.get('[data-testid="material-request"]').attributes('data-status')).toBe('FULFILLED');
    expect(wrapper.get('[data-testid="material-flash"]').text()).toContain('Спасибо');
  });

  it('equipment: where to ship it and a note on how it was shipped, no upload slot', async () => {
    const shipping = 'Санкт-Петербург, приёмка оборудования';
    const { wrapper, operations } = await mountCard([materialRequest({ id: '6', kind: 'EQUIPMENT', details: 'Плата ПАК', shippingDetails: shipping })]);
    expect(wrapper.get('[data-testid="material-shipping"]').text()).toContain(shipping);
    expect(wrapper.findComponent(FileUpload).exists()).toBe(false);
    await wrapper.get('[data-testid="material-note"]').setValue('СДЭК 1234567890');
    await wrapper.get('[data-testid="material-provide"]').trigger('click');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'FulfilMaterialRequest')?.variables).toEqual({ input: { requestId: '6', fileIds: [], note: 'СДЭК 1234567890' } });
  });

  it('shows nothing when nothing was asked for', async () => {
    const { wrapper } = await mountCard([]);
    expect(wrapper.find('[data-testid="portal-material"]').exists()).toBe(false);
  });
});
