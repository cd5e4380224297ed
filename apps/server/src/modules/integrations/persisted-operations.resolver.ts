import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { PersistedOperation } from '../../entities/integrations/persisted-operation.entity.js';
import type { RequestContext } from '../../graphql/context.js';
import { auditActorOf } from '../audit/index.js';
import { PersistedOperationsService } from './persisted-operations.service.js';

/** Admins keep the allow-list of partner API tokens (#18); every change goes into the audit log. */
@Resolver(() => PersistedOperation)
export class PersistedOperationsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [PersistedOperation], { description: 'Admins: the operations partner API tokens may run while the allow-list is enforced, by name' })
  persistedOperations(@Ctx() ctx: RequestContext): Promise<PersistedOperation[]> {
    return new PersistedOperationsService(ctx.em, ctx.app.clock).list();
  }

  @Authorized(Role.ADMIN)
  @Query(() => Boolean, { description: 'Admins: whether partner API tokens may run only persisted operations' })
  operationAllowListEnforced(@Ctx() ctx: RequestContext): Promise<boolean> {
    return new PersistedOperationsService(ctx.em, ctx.app.clock).enforced();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PersistedOperation, { description: 'Admins: adds a document (valid against this schema, one operation) to the allow-list; the server computes its SHA-256' })
  addPersistedOperation(
    @Arg('name') name: string,
    @Arg('document') document: string,
    @Info() info: GraphQLResolveInfo,
    @Ctx() ctx: RequestContext,
  ): Promise<PersistedOperation> {
    return new PersistedOperationsService(ctx.em, ctx.app.clock).add(info.schema, name, document, auditActorOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins: takes an operation off the allow-list' })
  removePersistedOperation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new PersistedOperationsService(ctx.em, ctx.app.clock).remove(id, auditActorOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Admins: true — partner API tokens run only persisted operations (others: FORBIDDEN, reason OPERATION_NOT_ALLOWED); staff and console sessions are never limited' })
  setOperationAllowListEnforced(@Arg('enforced') enforced: boolean, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new PersistedOperationsService(ctx.em, ctx.app.clock).setEnforced(enforced, auditActorOf(ctx));
  }
}
