import { Role } from '../entities/auth/role.enum.js';

/** The signed-in user as every use case sees it. */
export interface Actor {
  readonly userId: number;
  readonly role: Role;
  readonly organizationId: number | null;
  /** A partner's own admin (manages its API tokens). */
  readonly organizationAdmin: boolean;
  /** Organizations whose tickets this actor may see; null means all (vendor staff). */
  readonly visibleOrganizationIds: readonly number[] | null;
  /** Acting through a partner API token, which may not manage API tokens (#15 finding 5). */
  readonly viaApiToken: boolean;
}

export const STAFF_ROLES: readonly Role[] = [Role.AGENT, Role.TEAM_LEAD, Role.ADMIN];
export const LEAD_ROLES: readonly Role[] = [Role.TEAM_LEAD, Role.ADMIN];
/** Who can hold tickets (TKT-6). */
export const ASSIGNABLE_ROLES: readonly Role[] = [Role.AGENT, Role.TEAM_LEAD];

export function isStaff(actor: Actor | null): boolean {
  return actor !== null && STAFF_ROLES.includes(actor.role);
}

export function canSeeOrganization(actor: Actor, organizationId: number): boolean {
  return actor.visibleOrganizationIds === null || actor.visibleOrganizationIds.includes(organizationId);
}

/**
 * The one organization scope of every read of rows that belong to an organization (tickets,
 * contracts): own, served (partners and their API tokens) or all (staff). An argument naming an
 * organization is a further condition beside it, never a replacement for it.
 */
export function organizationScope(actor: Actor): { organization?: { $in: number[] } } {
  return actor.visibleOrganizationIds === null ? {} : { organization: { $in: [...actor.visibleOrganizationIds] } };
}
