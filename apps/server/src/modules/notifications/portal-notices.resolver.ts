import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import type { RequestContext } from '../../graphql/context.js';

/** A customer's choice of the portal as the channel of the reaction notice (SLA-3); stored on their own account. */
@Resolver()
export class PortalNoticesResolver {
  @Authorized(Role.CUSTOMER)
  @Mutation(() => User, {
    description: 'Customer: be told in the portal that work on your tickets started — the notice then counts as received when it is on the ticket (SLA-3)',
  })
  async choosePortalNotices(@Arg('enabled') enabled: boolean, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.em.findOneOrFail(User, actorOf(ctx).userId);
    user.portalNotices = enabled;
    await ctx.em.flush();
    return user;
  }
}
