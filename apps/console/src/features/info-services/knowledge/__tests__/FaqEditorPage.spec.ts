import { flushPromises } from '@vue/test-utils';
import type { Operation } from '@apollo/client/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, dallas, faqArticle, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import FaqEditorPage from '../FaqEditorPage.vue';

const draft = faqArticle({ id: '7', slug: 'novaya', title: 'Новая статья', body: 'Текст', bodyHtml: '<p>Текст</p>', published: false, tags: [], product: null, productVersion: null });

const handler = answers({
  InfoProducts: () => ({ products: [dallas] }),
  FaqArticle: () => ({ faqArticle: draft }),
  CreateFaqArticle: () => ({ createFaqArticle: draft }),
  UpdateFaqArticle: (op: Operation) => ({ updateFaqArticle: { ...draft, ...(op.variables.input as object) } }),
  PublishFaqArticle: () => ({ publishFaqArticle: { ...draft, published: true } }),
});

async function settle() {
  for (let i = 0; i < 5; i += 1) await flushPromises();
}

describe('FaqEditorPage (staff, SVC-1)', () => {
  beforeEach(() => {
    localStorage.clear();
    signInAs(staffUser);
  });

  it('checks the required fields before asking the server', async () => {
    const { wrapper, operations } = await mountWithApp(FaqEditorPage, { route: '/faq/articles/new', handler });
    await settle();
    await wrapper.get('[data-testid="faq-editor-form"]').trigger('submit');
    await settle();
    expect(wrapper.findAll('[data-testid="field-error"]').map((e) => e.attributes('data-for'))).toEqual(['title', 'body']);
    expect(operations.some((op) => op.operationName === 'CreateFaqArticle')).toBe(false);
  });

  it('previews the Markdown as readers will see it: raw HTML shown as text', async () => {
    const { wrapper } = await mountWithApp(FaqEditorPage, { route: '/faq/articles/new', handler });
    await settle();
    await wrapper.get('[data-testid="body-input"]').setValue('**Важно**: <script>alert(1)</script>');
    await vi.waitFor(() => expect(wrapper.get('[data-testid="markdown-preview"]').find('strong').exists()).toBe(true), { timeout: 3000 });
    const preview = wrapper.get('[data-testid="markdown-preview"]');
    expect(preview.find('script').exists()).toBe(false);
    expect(preview.text()).toContain('<script>alert(1)</script>');
  });

  it('saves a draft, then edits it; publishing waits for saved changes', async () => {
    const { wrapper, operations, router } = await mountWithApp(FaqEditorPage, { route: '/faq/articles/new', handler });
    await settle();
    await wrapper.get('[data-testid="faq-title-input"]').setValue('Новая статья');
    await wrapper.get('[data-testid="body-input"]').setValue('Текст');
    await wrapper.get('input[name="tags"]').setValue('вход, домен');
    await wrapper.get('[data-testid="faq-editor-form"]').trigger('submit');
    await settle();
    expect(operations.find((op) => op.operationName === 'CreateFaqArticle')?.variables.input).toEqual({
      title: 'Новая статья',
      body: 'Текст',
      slug: null,
      tags: ['вход', 'домен'],
      productId: null,
      productVersion: null,
    });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/faq/articles/7/edit'));
    await settle();
    expect(wrapper.get('[data-testid="faq-editor-state"]').text()).toBe('Черновик');

    await wrapper.get('[data-testid="faq-title-input"]').setValue('Новая статья, исправленная');
    expect(wrapper.get('[data-testid="faq-publish-toggle"]').attributes('disabled')).toBeDefined();
    await wrapper.get('[data-testid="faq-editor-form"]').trigger('submit');
    await settle();
    expect(operations.find((op) => op.operationName === 'UpdateFaqArticle')?.variables).toMatchObject({ id: '7', input: { title: 'Новая статья, исправленная' } });

    await wrapper.get('[data-testid="faq-publish-toggle"]').trigger('click');
    await settle();
    expect(operations.some((op) => op.operationName === 'PublishFaqArticle' && op.variables.id === '7')).toBe(true);
    expect(wrapper.get('[data-testid="faq-editor-state"]').text()).toBe('Опубликована');
  });
});
