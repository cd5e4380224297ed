import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { moscowDateOf } from '@desk/sla';
import type { FilterQuery } from '@mikro-orm/core';
import { checkPageSize } from '../../common/cursor.js';
import { parseId } from '../../common/ids.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';
import { ASSIGNABLE_ROLES, STAFF_ROLES, organizationScope } from '../../graphql/actor.js';
import { normalizeIdentifier } from '@desk/sla';

/** Who and what the signed-in user may see: organizations, contracts, the support team. */
@Resolver(() => SupportContract)
export class DirectoryResolver {
  @Authorized()
  @Query(() => [Organization], { description: 'Customer organizations the caller may see: own, served (partners) or all (staff)' })
  organizations(
    @Arg('kind', () => OrganizationKind, { nullable: true, description: 'Staff: CUSTOMER (the default) or PARTNER' }) kind: OrganizationKind | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Organization[]> {
    const visible = actorOf(ctx).visibleOrganizationIds;
    const where = visible === null ? { kind: kind ?? OrganizationKind.CUSTOMER } : { id: { $in: [...visible] } };
    return ctx.em.find(Organization, where, { orderBy: { name: 'asc' } });
  }

  @Authorized()
  @Query(() => [SupportContract], {
    description:
      "Contracts the caller may see (LVL-1): a customer's own, a partner's customers', or any for staff; " +
      '`identifier` matches from the start, ignoring case and spaces (phone registration)',
  })
  async contracts(
    @Arg('identifier', () => String, { nullable: true }) identifier: string | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<SupportContract[]> {
    checkPageSize(first);
    const prefix = identifier ? normalizeIdentifier(identifier).replace(/[%_\\]/g, '') : '';
    // Finding 1 (#15): the organization argument narrows the caller's scope; it never widens it.
    const conditions: FilterQuery<SupportContract>[] = [organizationScope(actorOf(ctx))];
    if (organizationId != null) conditions.push({ organization: parseId(organizationId, 'organizationId') });
    if (prefix) {
      // #12: a contract answers to any of its identifiers (LVL-1).
      const named = await ctx.em.find(ContractIdentifier, { normalizedIdentifier: { $like: `${prefix}%` } }, { fields: ['contract'], limit: 1000 });
      conditions.push({ id: { $in: named.map((n) => n.contract.id) } });
    }
    return ctx.em.find(SupportContract, { $and: conditions }, { orderBy: { normalizedIdentifier: 'asc' }, limit: first });
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => [User], { description: 'Staff: the active agents and team leads tickets can be assigned to' })
  staff(@Ctx() ctx: RequestContext): Promise<User[]> {
    return ctx.em.find(User, { role: { $in: [...ASSIGNABLE_ROLES] }, active: true }, { orderBy: { fullName: 'asc' } });
  }

  @FieldResolver(() => Organization)
  organization(@Root() contract: SupportContract): Promise<Organization> {
    return contract.organization.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Product)
  product(@Root() contract: SupportContract): Promise<Product> {
    return contract.product.loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Boolean, { description: 'In force today (Moscow): requests under it are served (ID-2)' })
  active(@Root() contract: SupportContract, @Ctx() ctx: RequestContext): boolean {
    const today = moscowDateOf(ctx.app.clock.now());
    return contract.validFrom <= today && today <= contract.validUntil;
  }
}
