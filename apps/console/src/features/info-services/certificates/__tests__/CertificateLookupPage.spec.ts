import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, certificate, dallas, sobol } from '../../__tests__/info-fixtures';
import CertificateLookupPage from '../CertificateLookupPage.vue';

const inForce = certificate();
const lapsed = certificate({ id: '2', number: '№ 1999', validFrom: '2020-01-01', validUntil: '2026-11-13', active: false, daysLeft: -10 });
const hardware = certificate({ id: '3', number: '№ 4043', productVersions: '4', daysLeft: 700, validUntil: '2028-10-24', product: sobol });

const handler = answers({
  InfoProducts: () => ({ products: [dallas, sobol] }),
  CertificateLookup: (operation: Operation) => {
    const { includeExpired, number, productId } = operation.variables as { includeExpired: boolean; number: string | null; productId: string | null };
    return {
      certificates: [inForce, lapsed, hardware]
        .filter((c) => includeExpired || c.active)
        .filter((c) => !productId || c.product.id === productId)
        .filter((c) => !number || c.number.includes(number)),
    };
  },
});

async function settle() {
  for (let i = 0; i < 4; i += 1) await flushPromises();
}

const rows = (wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) => wrapper.findAll('[data-testid="certificate-row"]').map((row) => row.attributes('data-number'));

describe('CertificateLookupPage (SVC-3, public)', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('shows validity and days left; an expired certificate is marked in words', async () => {
    const { wrapper, router } = await mountWithApp(CertificateLookupPage, { route: '/certificates', handler });
    await settle();
    expect(router.currentRoute.value.name).toBe('certificates');
    expect(rows(wrapper)).toEqual(['№ 2720', '№ 1999', '№ 4043']);
    const [first, second] = wrapper.findAll('[data-testid="certificate-row"]');
    expect(first!.get('[data-testid="certificate-validity"]').text()).toBe('с 24.11.2023 по 22.01.2027');
    expect(first!.get('[data-testid="certificate-state"]').attributes('data-state')).toBe('ACTIVE');
    expect(first!.get('[data-testid="certificate-days"]').text()).toBe('осталось 60 дней');
    expect(second!.get('[data-testid="certificate-state"]').attributes('data-state')).toBe('EXPIRED');
    expect(second!.get('[data-testid="certificate-state"]').text()).toContain('Истёк');
    expect(second!.get('[data-testid="certificate-days"]').text()).toBe('истёк 11 дней назад');
  });

  it('looks up by number (debounced) and hides lapsed ones on request', async () => {
    const { wrapper, operations } = await mountWithApp(CertificateLookupPage, { route: '/certificates', handler });
    await settle();
    await wrapper.get('[data-testid="certificate-number"]').setValue('2720');
    vi.advanceTimersByTime(300);
    await settle();
    expect(operations.filter((op) => op.operationName === 'CertificateLookup').at(-1)?.variables).toMatchObject({ number: '2720' });
    expect(rows(wrapper)).toEqual(['№ 2720']);

    await wrapper.get('[data-testid="certificate-number"]').setValue('');
    await wrapper.get('[data-testid="certificate-include-expired"]').setValue(false);
    vi.advanceTimersByTime(300);
    await settle();
    expect(rows(wrapper)).toEqual(['№ 2720', '№ 4043']);
  });

  it('by product and version: a build finds the certificate of its version', async () => {
    const { wrapper } = await mountWithApp(CertificateLookupPage, { route: '/certificates?product=1&version=8.0.565', handler });
    vi.advanceTimersByTime(300);
    await settle();
    expect(rows(wrapper)).toEqual(['№ 2720', '№ 1999']);
    await wrapper.get('[data-testid="certificate-version"]').setValue('9.1');
    vi.advanceTimersByTime(300);
    await settle();
    expect(rows(wrapper)).toEqual([]);
    expect(wrapper.get('[data-testid="certificate-empty"]').text()).toContain('Сертификатов по этим условиям нет');
  });
});
