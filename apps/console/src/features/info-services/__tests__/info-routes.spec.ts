import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createDeskRouter } from '@/router';
import { useSessionStore, type SessionUser } from '@/stores/session';
import { mountWithApp } from '@/test-support/mount-app';
import SignInPage from '@/features/auth/SignInPage.vue';
import InfoServicesNav from '../InfoServicesNav.vue';
import { customerUser, staffUser } from './info-fixtures';
import { signInAs } from '@/test-support/users';

async function landing(path: string) {
  const router = createDeskRouter(createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value;
}

describe('information services routes', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('SVC-1, SVC-3: the FAQ, its articles and the certificate lookup need no sign-in', async () => {
    expect((await landing('/faq')).name).toBe('faq');
    expect((await landing('/faq/oshibka-autentifikacii')).name).toBe('faq-article');
    expect((await landing('/certificates')).name).toBe('certificates');
  });

  it('products, documentation and feature requests need one', async () => {
    for (const path of ['/products', '/products/1', '/products/1/docs', '/feature-requests', '/feature-requests/3']) {
      const route = await landing(path);
      expect(route.name).toBe('sign-in');
      expect(route.query.redirect).toBe(path);
    }
  });

  it('the FAQ editor and the expiry alerts are for staff', async () => {
    useSessionStore().signIn({ token: 't', user: customerUser as SessionUser });
    expect((await landing('/faq/articles/new')).name).not.toBe('faq-article-new');
    expect((await landing('/certificates/alerts')).name).not.toBe('certificate-alerts');
    expect((await landing('/products/1')).name).toBe('product');
    useSessionStore().signIn({ token: 't', user: staffUser as SessionUser });
    expect((await landing('/faq/articles/new')).name).toBe('faq-article-new');
    expect((await landing('/faq/articles/7/edit')).params.id).toBe('7');
  });
});

describe('InfoServicesNav', () => {
  beforeEach(() => localStorage.clear());

  it('signed out: the two public pages as plain links', async () => {
    const { wrapper } = await mountWithApp(InfoServicesNav, { route: '/sign-in' });
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual(['/faq', '/certificates']);
  });

  it('signed in: one disclosure menu, closed by Escape, with the staff-only alerts for staff', async () => {
    signInAs(staffUser);
    const { wrapper } = await mountWithApp(InfoServicesNav, { route: '/queue', mount: { attachTo: document.body } });
    const toggle = wrapper.get('[data-testid="info-nav-toggle"]');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(wrapper.findAll('#info-nav-menu a').map((a) => a.attributes('href'))).toEqual(['/faq', '/certificates', '/products', '/feature-requests', '/certificates/alerts']);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await flushPromises();
    expect(toggle.attributes('aria-expanded')).toBe('false');
    wrapper.unmount();
  });
});

describe('sign-in page', () => {
  beforeEach(() => localStorage.clear());

  it('LVL-3: links the public FAQ and certificate lookup', async () => {
    const { wrapper } = await mountWithApp(SignInPage, { route: '/sign-in' });
    const links = wrapper.get('[data-testid="public-services"]').findAll('a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['База знаний (FAQ)', '/faq'],
      ['Проверка сертификата', '/certificates'],
    ]);
  });
});
