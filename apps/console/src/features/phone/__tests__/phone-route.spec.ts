import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createDeskRouter } from '@/router';
import { useSessionStore, type SessionUser } from '@/stores/session';

const user = (role: SessionUser['role']): SessionUser => ({ __typename: 'User', id: '1', email: `${role}@demo.local`, fullName: role, role, organizationAdmin: false, organization: null });

describe('/phone', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it.each(['AGENT', 'TEAM_LEAD', 'ADMIN'] as const)('TKT-11: lets %s register calls', async (role) => {
    useSessionStore().signIn({ token: 't', user: user(role) });
    const router = createDeskRouter(createMemoryHistory());
    await router.push('/phone');
    expect(router.currentRoute.value.name).toBe('phone');
  });

  it.each(['CUSTOMER', 'PARTNER'] as const)('keeps %s out: calls are registered by support staff', async (role) => {
    useSessionStore().signIn({ token: 't', user: user(role) });
    const router = createDeskRouter(createMemoryHistory());
    await router.push('/phone');
    // Back to their own home page, whichever that is.
    expect(router.currentRoute.value.name).not.toBe('phone');
    expect(router.currentRoute.value.name).toBe(useSessionStore().homeRoute);
  });
});
