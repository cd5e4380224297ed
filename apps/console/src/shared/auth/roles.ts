import type { Role } from '@desk/schema';

/** SPEC "Who uses it": vendor staff work the queue; customers and partners get the portal pages. */
export const STAFF_ROLES: readonly Role[] = ['AGENT', 'TEAM_LEAD', 'ADMIN'];

/** The portal is for customers' contacts and partners. */
export const PORTAL_ROLES: readonly Role[] = ['CUSTOMER', 'PARTNER'];

/** Reassigning and compliance reports are for team leads (and admins). */
export const LEAD_ROLES: readonly Role[] = ['TEAM_LEAD', 'ADMIN'];

/** Whether `role` is one of `roles`; nobody signed in has none. */
export function hasRole(roles: readonly Role[], role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && roles.includes(role);
}

export function isStaffRole(role: Role | null | undefined): boolean {
  return hasRole(STAFF_ROLES, role);
}

export function isPortalRole(role: Role | null | undefined): boolean {
  return hasRole(PORTAL_ROLES, role);
}

export function isLeadRole(role: Role | null | undefined): boolean {
  return hasRole(LEAD_ROLES, role);
}

/** #12: admins manage everyone's accounts; an organization's own admin (customer or partner) manages its people. */
export function managesPeople(user: { role: Role; organizationAdmin: boolean } | null | undefined): boolean {
  if (!user) return false;
  return user.role === 'ADMIN' || (user.organizationAdmin && hasRole(PORTAL_ROLES, user.role));
}
