import type { RouteLocationRaw } from 'vue-router';
import type { Role } from '@desk/schema';
import { useSessionStore } from '@/stores/session';

/** SPEC "Who uses it": reassigning and compliance reports are for team leads (and admins). */
export const LEAD_ROLES: readonly Role[] = ['TEAM_LEAD', 'ADMIN'];

export function isLeadRole(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && LEAD_ROLES.includes(role);
}

/** Route guard (beforeEnter): others land on their home page. */
export function leadOnly(): true | RouteLocationRaw {
  const session = useSessionStore();
  return isLeadRole(session.user?.role) ? true : { name: session.homeRoute };
}
