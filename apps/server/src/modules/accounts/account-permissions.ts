import { Forbidden } from '../../common/errors.js';
import { Role } from '../../entities/auth/role.enum.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { STAFF_ROLES, type Actor } from '../../graphql/actor.js';

/** A customer organization's or a partner's own admin: manages the people of its organization. */
export function isOrganizationAdmin(actor: Actor): boolean {
  return (actor.role === Role.CUSTOMER || actor.role === Role.PARTNER) && actor.organizationAdmin && actor.organizationId !== null;
}

/**
 * Who manages whose account (#12): the vendor's admins everyone's; a
 * partner's own admin its partner staff; a customer organization's admin its
 * contacts — always people of its own organization with its own role.
 */
export function assertManagesPerson(actor: Actor, person: { role: Role; organizationId: number | null }): void {
  if (actor.role === Role.ADMIN) return;
  if (isOrganizationAdmin(actor) && person.organizationId === actor.organizationId && person.role === actor.role) return;
  throw new Forbidden("Only an admin, or an organization's own admin for its own people, manages this account");
}

/** Vendor staff belong to no organization or the vendor; contacts to a customer; partner staff to a partner. */
export function organizationProblem(role: Role, kind: OrganizationKind | null): string | null {
  if (STAFF_ROLES.includes(role)) return kind === null || kind === OrganizationKind.VENDOR ? null : 'must be empty or the vendor for vendor staff';
  const wanted = role === Role.CUSTOMER ? OrganizationKind.CUSTOMER : OrganizationKind.PARTNER;
  if (kind === null) return `is required for the ${role} role`;
  return kind === wanted ? null : `must be a ${wanted.toLowerCase()} organization for the ${role} role`;
}
