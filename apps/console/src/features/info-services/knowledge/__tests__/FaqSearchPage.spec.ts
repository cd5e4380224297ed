import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, dallas, faqArticle, sobol, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import FaqSearchPage from '../FaqSearchPage.vue';

const articles = [faqArticle(), faqArticle({ id: '2', slug: 'uefi', title: 'Режимы загрузки UEFI и Legacy', product: null, productVersion: null, tags: [] })];

function connection(nodes: unknown[], hasNextPage = false) {
  return {
    faqArticles: {
      __typename: 'FaqArticleConnection',
      totalCount: nodes.length + (hasNextPage ? 1 : 0),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'c2' : null },
      edges: nodes.map((node, index) => ({ __typename: 'FaqArticleEdge', cursor: `c${index + 1}`, node })),
    },
  };
}

const handler = answers({
  InfoProducts: () => ({ products: [dallas, sobol] }),
  FaqArticles: (operation: Operation) => {
    const { search, after } = operation.variables as { search: string | null; after: string | null };
    if (after) return connection([faqArticle({ id: '9', slug: 'more', title: 'Ещё статья' })]);
    // The server stems Russian word forms; the test only checks the console asks it.
    if (search === 'ошибки') return connection([articles[0]]);
    if (search) return connection([]);
    return connection(articles, true);
  },
});

async function mountSearch(route = '/faq') {
  const mounted = await mountWithApp(FaqSearchPage, { route, handler });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

const searches = (operations: Operation[]) => operations.filter((op) => op.operationName === 'FaqArticles').map((op) => op.variables.search ?? null);

describe('FaqSearchPage', () => {
  beforeEach(() => {
    localStorage.clear();
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => vi.useRealTimers());

  it('SVC-1: public, lists articles with what they are about and a plain-text teaser', async () => {
    const { wrapper, router } = await mountSearch();
    expect(router.currentRoute.value.name).toBe('faq');
    const results = wrapper.findAll('[data-testid="faq-result"]');
    expect(results.map((r) => r.attributes('data-slug'))).toEqual(['oshibka-autentifikacii', 'uefi']);
    expect(results[0]!.text()).toContain('Dallas Lock 8.0 · версия 8.0');
    expect(results[0]!.text()).toContain('Сообщение «Ошибка аутентификации» обычно означает');
    expect(results[0]!.text()).not.toContain('**');
    expect(results[1]!.text()).toContain('Для всех продуктов');
    expect(results[0]!.get('a').attributes('href')).toBe('/faq/oshibka-autentifikacii');
    expect(wrapper.find('[data-testid="faq-new-article"]').exists()).toBe(false);
  });

  it('SVC-1: searches as you type, once the typing pauses, and keeps the query in the URL', async () => {
    const { wrapper, operations, router } = await mountSearch();
    // Only the debounce's timers are fake here: real time passing under load must not fire it early.
    vi.useRealTimers();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const input = wrapper.get('[data-testid="faq-search"]');
    await input.setValue('ош');
    vi.advanceTimersByTime(200);
    await input.setValue('ошиб');
    vi.advanceTimersByTime(200);
    await input.setValue('ошибки');
    vi.advanceTimersByTime(299);
    await flushPromises();
    expect(searches(operations)).toEqual([null]);
    vi.advanceTimersByTime(1);
    for (let i = 0; i < 4; i += 1) {
      vi.advanceTimersByTime(10);
      await flushPromises();
    }
    expect(searches(operations)).toEqual([null, 'ошибки']);
    expect(router.currentRoute.value.query.q).toBe('ошибки');
    expect(wrapper.findAll('[data-testid="faq-result"]')).toHaveLength(1);
    expect(wrapper.get('[data-testid="faq-summary"]').text()).toBe('По запросу «ошибки» найдена 1 статья');
  });

  it('says so when nothing is found', async () => {
    const { wrapper } = await mountSearch('/faq?q=%D1%84%D1%8B%D0%B2%D0%B0');
    expect(wrapper.get('[data-testid="faq-empty"]').text()).toContain('По запросу «фыва» ничего не найдено');
  });

  it('filters by product and pages with "show more"', async () => {
    const { wrapper, operations } = await mountSearch();
    await wrapper.get('[data-testid="faq-product"]').setValue('1');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.filter((op) => op.operationName === 'FaqArticles').at(-1)?.variables).toMatchObject({ productId: '1', search: null });

    await wrapper.get('[data-testid="faq-more"]').trigger('click');
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.filter((op) => op.operationName === 'FaqArticles').at(-1)?.variables).toMatchObject({ after: 'c2' });
    expect(wrapper.findAll('[data-testid="faq-result"]').map((r) => r.attributes('data-slug'))).toEqual(['oshibka-autentifikacii', 'uefi', 'more']);
  });

  it('staff: a new-article link and drafts on request', async () => {
    signInAs(staffUser);
    const { wrapper, operations } = await mountSearch();
    expect(wrapper.get('[data-testid="faq-new-article"]').attributes('href')).toBe('/faq/articles/new');
    await wrapper.get('[data-testid="faq-drafts"]').setValue(true);
    for (let i = 0; i < 4; i += 1) await flushPromises();
    expect(operations.filter((op) => op.operationName === 'FaqArticles').at(-1)?.variables).toMatchObject({ includeUnpublished: true });
  });
});
