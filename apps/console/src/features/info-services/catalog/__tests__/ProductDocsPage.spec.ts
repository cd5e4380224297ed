import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, contract, customerUser, dallas, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import ProductDocsPage from '../ProductDocsPage.vue';

function document(id: string, title: string, productVersion: string, latest: boolean, entitled: boolean) {
  return {
    __typename: 'ProductDocument',
    id,
    title,
    productVersion,
    edition: 'ред. 2',
    publishedOn: '2026-10-25',
    latest,
    available: entitled,
    downloadUrl: entitled ? `https://docs.example/${id}.pdf` : null,
    file: null,
  };
}

let withdrawn: string[] = [];
function handler(entitled: boolean) {
  return answers({
    ProductHeader: () => ({ product: { ...dallas, downloadsAvailable: entitled } }),
    SupportContracts: () => ({ contracts: [contract(entitled ? {} : { active: false, validFrom: '2023-01-01', validUntil: '2024-12-31', identifier: 'DL-EXPIRED-0001' })] }),
    ProductDocumentation: () => ({
      documentation: [
        document('1', 'Руководство администратора', '8.0.565', true, entitled),
        document('2', 'Руководство пользователя', '8.0.565', true, entitled),
        document('3', 'Руководство администратора', '8.0.500', false, entitled),
      ].filter((d) => !withdrawn.includes(d.id)),
    }),
    WithdrawProductDocument: (op) => {
      withdrawn.push(op.variables.id as string);
      return { withdrawProductDocument: true };
    },
  });
}

async function mountDocs(entitled: boolean) {
  const mounted = await mountWithApp(ProductDocsPage, { route: '/products/1/docs', handler: handler(entitled) });
  for (let i = 0; i < 5; i += 1) await flushPromises();
  return mounted;
}

describe('ProductDocsPage (SVC-4)', () => {
  beforeEach(() => {
    localStorage.clear();
    withdrawn = [];
  });

  it('documentation per version, newest version first, the current edition marked', async () => {
    signInAs(customerUser);
    const { wrapper } = await mountDocs(true);
    const groups = wrapper.findAll('[data-testid="docs-version"]');
    expect(groups.map((g) => g.attributes('data-version'))).toEqual(['8.0.565', '8.0.500']);
    expect(groups[0]!.text()).toContain('последняя версия');
    expect(groups[0]!.findAll('[data-testid="document-latest"]')).toHaveLength(2);
    expect(groups[1]!.get('[data-testid="document"]').text()).toContain('Прежняя редакция');
    expect(groups[0]!.get('[data-testid="document-open"]').attributes('href')).toBe('https://docs.example/1.pdf');
  });

  it('LVL-3: without active support the list stays, the addresses do not', async () => {
    signInAs(customerUser);
    const { wrapper } = await mountDocs(false);
    expect(wrapper.findAll('[data-testid="document-open"]')).toHaveLength(0);
    expect(wrapper.findAll('[data-testid="document-locked"]')).toHaveLength(3);
    expect(wrapper.get('[data-testid="download-access"]').text()).toContain('DL-EXPIRED-0001 закончилась 31.12.2024');
    expect(wrapper.find('[data-testid="document-withdraw"]').exists()).toBe(false);
  });

  it('staff withdraw a document after confirming', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountDocs(true);
    await wrapper.findAll('[data-testid="document-withdraw"]')[2]!.trigger('click');
    await wrapper.get('[data-testid="document-withdraw-confirm"]').trigger('click');
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'WithdrawProductDocument')?.variables).toEqual({ id: '3' });
    expect(wrapper.findAll('[data-testid="docs-version"]').map((g) => g.attributes('data-version'))).toEqual(['8.0.565']);
  });
});
