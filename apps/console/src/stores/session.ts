import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SessionUserFragment } from './graphql/sessionUser.api';
import { isStaffRole } from '@/shared/auth/roles';

export const SESSION_STORAGE_KEY = 'desk.session';

export type SessionUser = SessionUserFragment;

interface SavedSession {
  token: string;
  user: SessionUser;
}

function readSaved(): SavedSession | null {
  try {
    const raw = globalThis.localStorage?.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<SavedSession>;
    if (typeof parsed.token !== 'string' || !parsed.user || typeof parsed.user.role !== 'string') return null;
    return { token: parsed.token, user: parsed.user };
  } catch {
    // A corrupt entry only means "signed out".
    return null;
  }
}

/** The bearer token and who it belongs to, kept across reloads in localStorage. */
export const useSessionStore = defineStore('session', () => {
  const saved = readSaved();
  const token = ref<string | null>(saved?.token ?? null);
  const user = ref<SessionUser | null>(saved?.user ?? null);
  const signOutListeners = new Set<() => void>();

  const signedIn = computed(() => token.value !== null && user.value !== null);
  const isStaff = computed(() => isStaffRole(user.value?.role));
  /** Where a user lands after sign-in and on `/`. */
  const homeRoute = computed(() => (isStaff.value ? 'queue' : 'portal'));

  function persist(): void {
    if (token.value && user.value) {
      globalThis.localStorage?.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: token.value, user: user.value }));
    } else {
      globalThis.localStorage?.removeItem(SESSION_STORAGE_KEY);
    }
  }

  function signIn(payload: SavedSession): void {
    token.value = payload.token;
    user.value = payload.user;
    persist();
  }

  /** Fresh user data from `me` (role or organization may have changed since sign-in). */
  function updateUser(next: SessionUser): void {
    if (!token.value) return;
    user.value = next;
    persist();
  }

  function signOut(): void {
    const wasSignedIn = token.value !== null;
    token.value = null;
    user.value = null;
    persist();
    if (wasSignedIn) for (const listener of signOutListeners) listener();
  }

  /** Lets the app drop caches and sockets that belong to the previous user. */
  function onSignOut(listener: () => void): () => void {
    signOutListeners.add(listener);
    return () => signOutListeners.delete(listener);
  }

  return { token, user, signedIn, isStaff, homeRoute, signIn, updateUser, signOut, onSignOut };
});
