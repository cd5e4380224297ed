import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { useSessionStore, type SessionUser } from '@/stores/session';
import { safeRedirect } from '@/shared/auth/safe-redirect';
import { createDeskRouter } from '../index';

const user = (role: SessionUser['role']): SessionUser => ({
  __typename: 'User',
  id: '1',
  email: `${role.toLowerCase()}@demo.local`,
  fullName: role,
  role,
  organizationAdmin: false,
  organization: null,
});

async function landing(path: string) {
  const router = createDeskRouter(createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value;
}

describe('route guards', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('sends a signed-out visitor to sign-in, remembering where they wanted to go', async () => {
    const route = await landing('/queue');
    expect(route.name).toBe('sign-in');
    expect(route.query.redirect).toBe('/queue');
    expect((await landing('/')).name).toBe('sign-in');
  });

  it.each(['AGENT', 'TEAM_LEAD', 'ADMIN'] as const)('lets %s into the queue', async (role) => {
    useSessionStore().signIn({ token: 't', user: user(role) });
    expect((await landing('/queue')).name).toBe('queue');
    expect((await landing('/')).name).toBe('queue');
  });

  it.each(['CUSTOMER', 'PARTNER'] as const)('keeps %s out of the staff queue', async (role) => {
    useSessionStore().signIn({ token: 't', user: user(role) });
    expect((await landing('/queue')).name).toBe('portal');
    expect((await landing('/')).name).toBe('portal');
  });

  it('skips the sign-in page when already signed in', async () => {
    useSessionStore().signIn({ token: 't', user: user('AGENT') });
    expect((await landing('/sign-in')).name).toBe('queue');
  });

  it('only redirects inside the app after sign-in', () => {
    expect(safeRedirect('/my-tickets')).toBe('/my-tickets');
    expect(safeRedirect('//evil.example')).toBeNull();
    expect(safeRedirect('https://evil.example')).toBeNull();
    expect(safeRedirect(['/queue'])).toBeNull();
  });
});
