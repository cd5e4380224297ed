import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { mountWithApp } from '@/test-support/mount-app';
import { answers, faqArticle, staffUser } from '../../__tests__/info-fixtures';
import { signInAs } from '@/test-support/users';
import FaqArticlePage from '../FaqArticlePage.vue';

async function mountArticle(article: unknown) {
  const mounted = await mountWithApp(FaqArticlePage, { route: '/faq/oshibka-autentifikacii', handler: answers({ FaqArticle: () => ({ faqArticle: article }) }) });
  for (let i = 0; i < 4; i += 1) await flushPromises();
  return mounted;
}

describe('FaqArticlePage', () => {
  beforeEach(() => localStorage.clear());

  it('SVC-1: shows the server’s rendering of the Markdown, signed out', async () => {
    const { wrapper, operations } = await mountArticle(faqArticle());
    expect(operations.find((op) => op.operationName === 'FaqArticle')?.variables).toMatchObject({ slug: 'oshibka-autentifikacii' });
    const body = wrapper.get('[data-testid="faq-article-body"]');
    expect(body.find('strong').text()).toBe('«Ошибка аутентификации»');
    expect(body.findAll('ol li')).toHaveLength(1);
    expect(wrapper.text()).toContain('Dallas Lock 8.0 · версия 8.0');
    expect(wrapper.find('[data-testid="faq-edit"]').exists()).toBe(false);
  });

  it('never renders markup the sanitiser does not allow, whatever the API returns', async () => {
    const { wrapper } = await mountArticle(
      faqArticle({ bodyHtml: '<p>ok</p><script>window.hacked = true</script><img src="x" onerror="window.hacked = true"><a href="javascript:alert(1)">link</a>' }),
    );
    const body = wrapper.get('[data-testid="faq-article-body"]');
    expect(body.html()).not.toMatch(/script|onerror|javascript:/);
    expect(body.text()).toContain('ok');
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('says when the article does not exist', async () => {
    const { wrapper } = await mountArticle(null);
    expect(wrapper.get('[data-testid="faq-article-not-found"]').text()).toContain('Статья не найдена');
  });

  it('staff get an edit link', async () => {
    signInAs(staffUser);
    const { wrapper } = await mountArticle(faqArticle({ published: false }));
    expect(wrapper.get('[data-testid="faq-edit"]').attributes('href')).toBe('/faq/articles/1/edit');
    expect(wrapper.text()).toContain('Черновик');
  });
});
