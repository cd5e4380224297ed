import type { RouteLocationRaw } from 'vue-router';
import { isLeadRole, isPortalRole } from '@/shared/auth/roles';
import { useSessionStore } from '@/stores/session';

/** Route guard (beforeEnter): staff work in the console, not the portal. */
export function portalOnly(): true | RouteLocationRaw {
  const session = useSessionStore();
  return isPortalRole(session.user?.role) ? true : { name: session.homeRoute };
}

/** Route guard (beforeEnter): team-lead tools; others land on their home page. */
export function leadOnly(): true | RouteLocationRaw {
  const session = useSessionStore();
  return isLeadRole(session.user?.role) ? true : { name: session.homeRoute };
}
