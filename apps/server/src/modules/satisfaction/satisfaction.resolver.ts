import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { TicketRating } from '../../entities/satisfaction/ticket-rating.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { LEAD_ROLES } from '../../graphql/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { SatisfactionDimension, SatisfactionService, type SatisfactionRow } from './satisfaction.service.js';

registerEnumType(SatisfactionDimension, { name: 'SatisfactionDimension', description: 'How satisfaction ratings are grouped: by the agent who held the ticket, its level, or the Moscow month' });

@ObjectType({ description: 'Ratings of one group (#19)' })
class SatisfactionReportRow implements SatisfactionRow {
  @Field({ description: 'The agent id ("none": unassigned), the level, or YYYY-MM' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => Int)
  ratings!: number;

  @Field(() => Float, { description: 'Mean score, two decimals' })
  average!: number;

  @Field(() => [Int], { description: 'How many gave 1, 2, 3, 4 and 5' })
  distribution!: number[];
}

/** Satisfaction (#19): the customer's rating of a closed ticket, on the ticket and in the leads' report. */
@Resolver(() => Ticket)
export class SatisfactionResolver {
  @Authorized(Role.CUSTOMER)
  @Mutation(() => TicketRating, { description: 'The customer rates the answer to its closed ticket, once: 1–5 and an optional comment' })
  rateTicket(
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TicketRating> {
    return new SatisfactionService(ctx.em, ctx.app.clock).rate(actorOf(ctx), ticketId, score, comment);
  }

  @FieldResolver(() => TicketRating, { nullable: true, description: "The customer's rating once the ticket is closed and rated (#19)" })
  rating(@Root() ticket: Ticket, @Ctx() ctx: RequestContext): Promise<TicketRating | null> {
    return new SatisfactionService(ctx.em, ctx.app.clock).ratingOf(ticket);
  }

  @Authorized(...LEAD_ROLES)
  @Query(() => [SatisfactionReportRow], { description: 'Team leads: ratings given in [from, to), grouped by agent, level or Moscow month' })
  satisfactionReport(
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('groupBy', () => SatisfactionDimension, { defaultValue: SatisfactionDimension.AGENT }) groupBy: SatisfactionDimension,
    @Ctx() ctx: RequestContext,
  ): Promise<SatisfactionRow[]> {
    return new SatisfactionService(ctx.em, ctx.app.clock).report(from, to, groupBy);
  }
}
