import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { groupBy, perRequest, RequestBatch } from '../../graphql/request-batch.js';
import { TicketMergeService } from './ticket-merge.service.js';
import { type TicketContext } from './ticket-services.js';

/** #19: merging duplicates, and the links between a merged duplicate and the ticket that carries it on. */
@Resolver(() => Ticket)
export class TicketMergeResolver {
  @Authorized(...STAFF_ROLES)
  @Mutation(() => Ticket, {
    description:
      "Staff: merges a duplicate (the same customer's incident reported twice, e.g. by phone and by e-mail) into the surviving ticket of the same organization: " +
      'its messages, files and their timeline lines join the survivor, the earlier arrival stands for the SLA (SLA-2; a decided outcome is kept, SLA-10), ' +
      'the duplicate closes as DUPLICATE with mergedInto set, and the customer is told. Returns the survivor',
  })
  mergeTickets(
    @Arg('survivorId', () => ID, { description: 'The ticket that carries on' }) survivorId: string,
    @Arg('duplicateId', () => ID, { description: 'The ticket closed as its duplicate' }) duplicateId: string,
    @Ctx() ctx: TicketContext,
  ): Promise<Ticket> {
    return new TicketMergeService(ctx.em, ctx.app).merge(survivorId, duplicateId, actorOf(ctx));
  }

  @FieldResolver(() => Ticket, { nullable: true, description: 'A DUPLICATE: the ticket it was merged into, which carries its messages and files (#19)' })
  mergedInto(@Root() ticket: Ticket): Promise<Ticket | null> {
    return ticket.mergedInto ? ticket.mergedInto.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => [Ticket], { description: 'Duplicates merged into this ticket (#19)' })
  mergedDuplicates(@Root() ticket: Ticket, @Ctx() ctx: TicketContext): Promise<Ticket[]> {
    return duplicatesOf(ctx).load(ticket.id);
  }
}

// Same organization as the survivor by construction, so whoever sees the survivor may see them.
const duplicatesOf = perRequest(
  (ctx) =>
    new RequestBatch(async (ticketIds: readonly number[]) => {
      const duplicates = await ctx.em.find(Ticket, { mergedInto: { $in: [...ticketIds] } }, { orderBy: { id: 'asc' } });
      return groupBy(duplicates, (duplicate) => duplicate.mergedInto!.id);
    }, [] as Ticket[]),
);
