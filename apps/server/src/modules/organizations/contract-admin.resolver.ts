import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { ContractEvent } from '../../entities/organizations/contract-event.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { SupportLevel } from '../../entities/sla/sla.enums.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { auditActorOf } from '../audit/index.js';
import { ContractAdminService, identifiersOf } from './contract-admin.service.js';
import { CreateContractInput, UpdateContractInput } from './contract.inputs.js';

/** Admins: contracts (#12, LVL-1); everyone who sees a contract sees its identifiers and products. */
@Resolver(() => SupportContract)
export class ContractAdminResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => SupportContract, { description: 'Admins: a new contract; an identifier another contract has is refused, naming it' })
  createContract(@Arg('input') input: CreateContractInput, @Ctx() ctx: RequestContext): Promise<SupportContract> {
    return service(ctx).create(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SupportContract, { description: "Admins: edits a contract's identifiers and products" })
  updateContract(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateContractInput, @Ctx() ctx: RequestContext): Promise<SupportContract> {
    return service(ctx).update(id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SupportContract, { description: 'Admins: a new validity period; the previous one stays in the history' })
  renewContract(@Arg('id', () => ID) id: string, @Arg('validFrom') validFrom: string, @Arg('validUntil') validUntil: string, @Ctx() ctx: RequestContext): Promise<SupportContract> {
    return service(ctx).renew(id, validFrom, validUntil);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SupportContract, { description: 'Admins: upgrade or downgrade; tickets keep the level they were registered under' })
  changeContractLevel(@Arg('id', () => ID) id: string, @Arg('supportLevel', () => SupportLevel) supportLevel: SupportLevel, @Ctx() ctx: RequestContext): Promise<SupportContract> {
    return service(ctx).changeLevel(id, supportLevel);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SupportContract, { description: 'Admins: support ends after lastDay (default today, Moscow); later requests are refused (ID-2)' })
  terminateContract(@Arg('id', () => ID) id: string, @Arg('lastDay', () => String, { nullable: true }) lastDay: string | null, @Ctx() ctx: RequestContext): Promise<SupportContract> {
    return service(ctx).terminate(id, lastDay ?? null);
  }

  @FieldResolver(() => [ContractIdentifier], { description: 'Every identifier a customer may give (LVL-1), the printed one first' })
  identifiers(@Root() contract: SupportContract, @Ctx() ctx: RequestContext): Promise<ContractIdentifier[]> {
    return identifiersOf(ctx.em, contract);
  }

  @FieldResolver(() => [Product], { description: 'The products it covers' })
  products(@Root() contract: SupportContract): Promise<Product[]> {
    return contract.products.loadItems();
  }

  @Authorized(...STAFF_ROLES)
  @FieldResolver(() => [ContractEvent], { description: 'Staff: creation, edits, renewals, level changes and termination, oldest first' })
  history(@Root() contract: SupportContract, @Ctx() ctx: RequestContext): Promise<ContractEvent[]> {
    return ctx.em.find(ContractEvent, { contract: contract.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }
}

@Resolver(() => ContractEvent)
export class ContractEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The terms before, as JSON' })
  before(@Root() event: ContractEvent): string | null {
    return event.before ? JSON.stringify(event.before) : null;
  }

  @FieldResolver(() => String, { description: 'The terms after, as JSON' })
  after(@Root() event: ContractEvent): string {
    return JSON.stringify(event.after);
  }
}

function service(ctx: RequestContext): ContractAdminService {
  return new ContractAdminService(ctx.em, { clock: ctx.app.clock, audit: auditActorOf(ctx) });
}
