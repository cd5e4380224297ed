import type { RouteLocationRaw } from 'vue-router';
import type { Role } from '@desk/schema';
import { useSessionStore } from '@/stores/session';

/** SPEC "Who uses it": the portal is for customers' contacts and partners. */
export const PORTAL_ROLES: readonly Role[] = ['CUSTOMER', 'PARTNER'];

export function isPortalRole(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && PORTAL_ROLES.includes(role);
}

/** Route guard (beforeEnter): staff work in the console, not the portal. */
export function portalOnly(): true | RouteLocationRaw {
  const session = useSessionStore();
  return isPortalRole(session.user?.role) ? true : { name: session.homeRoute };
}
