import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, catalogFile, certificate, contract, customerUser, dallas, release, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import ProductPage from '../ProductPage.vue';

/** What the server says to a caller whose support is active, or not (it decides; LVL-3). */
function product(entitled: boolean, overrides: Record<string, unknown> = {}) {
  const file = entitled ? catalogFile() : catalogFile({ available: false, downloadUrl: null, url: null });
  return {
    ...dallas,
    downloadsAvailable: entitled,
    subscribedToReleases: false,
    releases: [
      release({ id: '6', build: '8.0.570', certified: false, files: [], releaseNotes: '', releaseNotesHtml: '' }),
      release({ files: [file] }),
    ],
    certificates: [{ ...certificate(), issuer: 'ФСТЭК России' }],
    ...overrides,
  };
}

function handler(entitled: boolean, contracts: unknown[], extra: Record<string, (op: Operation) => unknown> = {}) {
  return answers({
    ProductDetail: () => ({ product: product(entitled) }),
    SupportContracts: () => ({ contracts }),
    SubscribeToCertifiedReleases: () => ({
      subscribeToCertifiedReleases: { __typename: 'ReleaseSubscription', id: 's1', product: { __typename: 'Product', id: '1', subscribedToReleases: true } },
    }),
    ...extra,
  });
}

async function mountProduct(h: ReturnType<typeof handler>) {
  const mounted = await mountWithApp(ProductPage, { route: '/products/1', handler: h });
  for (let i = 0; i < 5; i += 1) await flushPromises();
  return mounted;
}

describe('ProductPage (SVC-2)', () => {
  beforeEach(() => localStorage.clear());

  it('needs a sign-in', async () => {
    const { router } = await mountProduct(handler(true, []));
    expect(router.currentRoute.value.name).toBe('sign-in');
  });

  it('LVL-3: a customer with active support downloads the certified update', async () => {
    signInAs(customerUser);
    const { wrapper } = await mountProduct(handler(true, [contract()]));
    const certified = wrapper.get('[data-testid="release"][data-build="8.0.565"]');
    expect(certified.get('[data-testid="release-certified-badge"]').text()).toContain('Сертифицирована');
    expect(certified.text()).toContain('Актуальная сертифицированная');
    const download = certified.get('[data-testid="release-file-download"]');
    expect(download.attributes('href')).toBe('https://updates.example/dl80/8.0.565.zip');
    expect(download.attributes('rel')).toBe('noopener noreferrer');
    expect(wrapper.get('[data-testid="download-access"]').attributes('data-access')).toBe('ACTIVE');
    expect(wrapper.get('[data-testid="download-access"]').text()).toContain('DL-BASIC-0001 действует до 24.11.2027');
    // Not certified: said so next to it.
    expect(wrapper.get('[data-testid="release"][data-build="8.0.570"]').text()).toContain('не устанавливайте её на аттестованные системы');
    expect(wrapper.find('[data-testid="release-new"]').exists()).toBe(false);
  });

  it('LVL-3: with support expired the file is locked and the reason given', async () => {
    signInAs(customerUser);
    const expired = contract({ identifier: 'DL-EXPIRED-0001', active: false, validFrom: '2023-01-01', validUntil: '2024-12-31' });
    const { wrapper } = await mountProduct(handler(false, [expired]));
    const file = wrapper.get('[data-testid="release-file"]');
    expect(file.find('[data-testid="release-file-download"]').exists()).toBe(false);
    expect(file.get('[data-testid="release-file-locked"]').text()).toContain('техподдержка закончилась');
    const notice = wrapper.get('[data-testid="download-access"]');
    expect(notice.attributes('data-access')).toBe('EXPIRED');
    expect(notice.text()).toContain('DL-EXPIRED-0001 закончилась 31.12.2024');
    // SVC-2: notices need active support, the server refuses otherwise.
    expect(wrapper.get('[data-testid="release-subscription-toggle"]').attributes('disabled')).toBeDefined();
  });

  it('SVC-2: a customer subscribes to new certified versions', async () => {
    signInAs(customerUser);
    const { wrapper, operations } = await mountProduct(handler(true, [contract()]));
    const subscription = wrapper.get('[data-testid="release-subscription"]');
    expect(subscription.attributes('data-subscribed')).toBe('false');
    await wrapper.get('[data-testid="release-subscription-toggle"]').trigger('click');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'SubscribeToCertifiedReleases')?.variables).toEqual({ productId: '1' });
    expect(wrapper.get('[data-testid="release-subscription"]').attributes('data-subscribed')).toBe('true');
    expect(wrapper.get('[data-testid="release-subscription-toggle"]').text()).toBe('Отписаться');
  });

  it('staff: drafts included, a new release is created and the list refetched', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountProduct(
      handler(true, [], {
        CreateProductRelease: (op) => ({ createProductRelease: release({ id: '7', ...(op.variables.input as object), files: [], publishedAt: null }) }),
      }),
    );
    expect(operations.find((op) => op.operationName === 'ProductDetail')?.variables).toMatchObject({ id: '1', includeUnpublished: true });
    expect(operations.some((op) => op.operationName === 'SupportContracts')).toBe(false);
    expect(wrapper.get('[data-testid="download-access"]').attributes('data-access')).toBe('STAFF');

    await wrapper.get('[data-testid="release-new"]').trigger('click');
    const form = wrapper.get('[data-testid="release-form"]');
    await form.get('[data-testid="release-version"]').setValue('8.0');
    await form.get('[data-testid="release-build"]').setValue('8.0.600');
    await form.get('[data-testid="release-date"]').setValue('2026-11-24');
    await form.get('[data-testid="release-certified"]').setValue(true);
    await form.get('[data-testid="release-publish-now"]').setValue(true);
    await form.trigger('submit');
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(operations.find((op) => op.operationName === 'CreateProductRelease')?.variables).toEqual({
      input: { productId: '1', version: '8.0', build: '8.0.600', releasedOn: '2026-11-24', certified: true, releaseNotes: '' },
      publish: true,
    });
    expect(operations.filter((op) => op.operationName === 'ProductDetail').length).toBeGreaterThan(1);
    expect(wrapper.find('[data-testid="release-form"]').exists()).toBe(false);
  });

  it('staff: the API’s field problems appear next to their inputs', async () => {
    signInAs(staffUser);
    const duplicate = {
      errors: [
        {
          message: 'Invalid input',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.build', message: 'this product already has a release with this build number' }] },
        },
      ],
    };
    const base = handler(true, []);
    const { wrapper } = await mountProduct(((op: Operation) => (op.operationName === 'CreateProductRelease' ? duplicate : base(op))) as ReturnType<typeof handler>);
    await wrapper.get('[data-testid="release-new"]').trigger('click');
    const form = wrapper.get('[data-testid="release-form"]');
    await form.get('[data-testid="release-version"]').setValue('8.0');
    await form.get('[data-testid="release-build"]').setValue('8.0.565');
    await form.trigger('submit');
    for (let i = 0; i < 5; i += 1) await flushPromises();
    expect(wrapper.get('[data-testid="field-error"][data-for="build"]').text()).toBe('this product already has a release with this build number');
    expect(wrapper.get('[data-testid="release-build"]').attributes('aria-invalid')).toBe('true');
  });
});
