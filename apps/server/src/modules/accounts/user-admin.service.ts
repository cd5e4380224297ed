import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { NotFound, ProblemList, ValidationFailed } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { STAFF_ROLES, type Actor } from '../../graphql/actor.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import { assertManagesPerson, organizationProblem } from './account-permissions.js';

export interface UserFilter {
  readonly role?: Role | null;
  readonly organizationId?: string | null;
  readonly active?: boolean | null;
  /** Part of the name or the e-mail address. */
  readonly search?: string | null;
}

/**
 * The people of the desk (#12): admins list, re-role, deactivate and
 * reactivate users; an organization's own admin its own people. Every access
 * change is told on the event bus (`access.revoked`): each process drops the
 * cached identity and closes the user's sockets (4403) at once.
 */
export class UserAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { readonly clock: Clock; readonly events: EventBus; readonly audit: AuditActor },
  ) {}

  list(filter: UserFilter, actor: Actor, first: number): Promise<User[]> {
    const where: FilterQuery<User> = {};
    if (actor.role !== Role.ADMIN) Object.assign(where, { organization: actor.organizationId ?? -1, role: actor.role });
    else if (filter.organizationId) where.organization = idOf(filter.organizationId) ?? -1;
    if (filter.role && actor.role === Role.ADMIN) where.role = filter.role;
    if (typeof filter.active === 'boolean') where.active = filter.active;
    const search = filter.search?.trim().replace(/[%_\\]/g, '');
    if (search) {
      // Neither database folds Cyrillic case in LIKE (SQLite folds ASCII only): match as typed, lower-cased and capitalised.
      const lower = search.toLowerCase();
      const names = [...new Set([search, lower, lower.charAt(0).toUpperCase() + lower.slice(1)])];
      where.$or = [{ email: { $like: `%${lower}%` } }, ...names.map((name) => ({ fullName: { $like: `%${name}%` } }))];
    }
    return this.em.find(User, where, { orderBy: { fullName: 'asc', id: 'asc' }, limit: first });
  }

  /** Admins only (the resolver says so): a role with the organization it needs. */
  async changeRole(userId: string, role: Role, organizationId: string | null, actor: Actor): Promise<User> {
    const user = await this.target(userId, actor);
    const problems = new ProblemList();
    const organization = organizationId ? await this.em.findOne(Organization, idOf(organizationId) ?? -1) : await this.keptOrganization(user, role);
    if (organizationId && !organization) problems.add('organizationId', 'is not an organization');
    else {
      const wrong = organizationProblem(role, organization?.kind ?? null);
      if (wrong) problems.add('organizationId', wrong);
    }
    problems.throwIfAny();
    const before = await this.roleState(user);
    user.role = role;
    user.organization = organization ? this.em.getReference(Organization, organization.id, { wrapped: true }) : null;
    if (role !== Role.CUSTOMER && role !== Role.PARTNER) user.organizationAdmin = false;
    const after = { role, organization: organization?.name ?? null, organizationAdmin: user.organizationAdmin };
    await this.record(user, AuditKind.USER_ROLE_CHANGED, `${user.email}: ${before.role} → ${role}`, before, after);
    await this.em.flush();
    this.revoked(user);
    return user;
  }

  /** Ends every session, API token and open socket of the user at once; signing in is refused until reactivated. */
  async deactivate(userId: string, actor: Actor): Promise<User> {
    const user = await this.target(userId, actor);
    if (user.active) {
      user.active = false;
      user.sessionVersion += 1;
      await this.record(user, AuditKind.USER_DEACTIVATED, `${user.email} deactivated`, { active: true }, { active: false });
      await this.em.flush();
    }
    this.revoked(user);
    return user;
  }

  async reactivate(userId: string, actor: Actor): Promise<User> {
    const user = await this.target(userId, actor);
    if (!user.active) {
      user.active = true;
      await this.record(user, AuditKind.USER_REACTIVATED, `${user.email} reactivated`, { active: false }, { active: true });
      await this.em.flush();
    }
    return user;
  }

  /** Without a new organization the user keeps theirs, except that vendor staff keep only the vendor. */
  private async keptOrganization(user: User, role: Role): Promise<Organization | null> {
    const current = user.organization ? await user.organization.loadOrFail() : null;
    return STAFF_ROLES.includes(role) && current?.kind !== OrganizationKind.VENDOR ? null : current;
  }

  /** Someone the actor manages, never the actor (no admin locks themselves, or the desk, out). */
  private async target(userId: string, actor: Actor): Promise<User> {
    const id = idOf(userId);
    const user = id === null ? null : await this.em.findOne(User, id);
    if (!user) throw new NotFound('User', userId);
    assertManagesPerson(actor, { role: user.role, organizationId: user.organization?.id ?? null });
    if (user.id === actor.userId) throw new ValidationFailed([{ field: 'userId', message: 'is you: ask another admin' }]);
    return user;
  }

  private async roleState(user: User): Promise<Record<string, unknown> & { role: Role }> {
    const organization = user.organization ? await user.organization.loadOrFail() : null;
    return { role: user.role, organization: organization?.name ?? null, organizationAdmin: user.organizationAdmin };
  }

  private async record(user: User, kind: AuditKind, summary: string, before: Record<string, unknown>, after: Record<string, unknown>): Promise<void> {
    await AuditLog.record(this.em, this.deps.audit, { kind, summary, object: { type: 'User', id: user.id }, before, after }, this.deps.clock.now());
  }

  private revoked(user: User): void {
    this.deps.events.publish({ type: 'access.revoked', userId: user.id, apiTokenId: null });
  }
}
