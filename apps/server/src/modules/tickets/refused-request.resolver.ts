import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { checkPageSize } from '../../common/cursor.js';
import { RefusedRequest } from '../../entities/tickets/refused-request.entity.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { type TicketContext } from './ticket-services.js';

@Resolver(() => RefusedRequest)
export class RefusedRequestResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [RefusedRequest], { description: 'Staff: requests refused before they became tickets, newest first (ID-1, ID-2)' })
  refusedRequests(@Arg('first', () => Int, { defaultValue: 50 }) first: number, @Ctx() ctx: TicketContext): Promise<RefusedRequest[]> {
    checkPageSize(first);
    return ctx.em.find(RefusedRequest, {}, { orderBy: { at: 'desc', id: 'desc' }, limit: first });
  }
}
