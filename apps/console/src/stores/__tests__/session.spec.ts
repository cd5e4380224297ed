import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_STORAGE_KEY, useSessionStore, type SessionUser } from '../session';

const agent: SessionUser = { __typename: 'User', id: '2', email: 'agent1@demo.local', fullName: 'Алексей Инженеров', role: 'AGENT', organizationAdmin: false, organization: null };

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });

  it('keeps token and user in localStorage across reloads', () => {
    useSessionStore().signIn({ token: 'tok', user: agent });
    setActivePinia(createPinia());
    const reloaded = useSessionStore();
    expect(reloaded.signedIn).toBe(true);
    expect(reloaded.token).toBe('tok');
    expect(reloaded.user?.fullName).toBe('Алексей Инженеров');
    expect(reloaded.isStaff).toBe(true);
    expect(reloaded.homeRoute).toBe('queue');
  });

  it('signs out: forgets everything and tells the listeners once', () => {
    const session = useSessionStore();
    const listener = vi.fn();
    session.onSignOut(listener);
    session.signIn({ token: 'tok', user: agent });
    session.signOut();
    session.signOut();
    expect(session.signedIn).toBe(false);
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('treats a corrupt saved session as signed out', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(useSessionStore().signedIn).toBe(false);
  });

  it('customers are not staff and land on their tickets', () => {
    const session = useSessionStore();
    session.signIn({ token: 'tok', user: { ...agent, role: 'CUSTOMER' } });
    expect(session.isStaff).toBe(false);
    expect(session.homeRoute).toBe('portal');
  });
});
