import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { checkPageSize } from '../../common/cursor.js';
import { RefusedRequest } from '../../entities/tickets/refused-request.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { CreateTicketInput } from './create-ticket.input.js';
import { RefusedRequestRegistration } from './refused-request-registration.js';
import { type TicketContext } from './ticket-services.js';

@Resolver(() => RefusedRequest)
export class RefusedRequestResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [RefusedRequest], { description: 'Staff: requests refused before they became tickets, newest first (ID-1, ID-2)' })
  refusedRequests(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('open', () => Boolean, { nullable: true, description: 'true: only those not yet registered as a ticket; false: only those registered; absent: all' })
    open: boolean | null | undefined,
    @Ctx() ctx: TicketContext,
  ): Promise<RefusedRequest[]> {
    checkPageSize(first);
    // Omitted, the argument is undefined, not null.
    const where = open === null || open === undefined ? {} : open ? { ticket: null } : { ticket: { $ne: null } };
    return ctx.em.find(RefusedRequest, where, { orderBy: { at: 'desc', id: 'desc' }, limit: first, populate: ['ticket'] });
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'The ticket staff registered from it once the customer was identified' })
  ticket(@Root() refused: RefusedRequest): Ticket | null {
    return refused.ticket?.getEntity() ?? null;
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, {
    description: 'Staff: registers a refused request (ID-1, ID-2) as a ticket once the customer is identified; the deadline counts from its original arrival (SLA-2)',
  })
  registerRefusedRequest(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CreateTicketInput) input: CreateTicketInput,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new RefusedRequestRegistration(ctx.em, ctx.app).register(id, input, actorOf(ctx));
  }
}
