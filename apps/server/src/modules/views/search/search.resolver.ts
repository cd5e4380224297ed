import { Arg, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import { PageInfo } from '../../../graphql/connection.js';
import { ViewFilterInput } from '../view-filter.input.js';
import { checkedFilter } from '../view-query.js';
import type { ViewsContext } from '../views-services.js';
import { SearchExcerpt } from './search-excerpt.js';
import { TicketSearchService } from './search.service.js';

@ObjectType({ description: 'A ticket found by searchTickets, with where it matched' })
class TicketSearchEdge {
  @Field()
  cursor!: string;

  @Field(() => Ticket)
  node!: Ticket;

  @Field(() => Float, { description: 'Orders the hits of one search (higher is better); not comparable across searches' })
  rank!: number;

  @Field(() => [SearchExcerpt], { description: 'Up to two stretches of text around the matched words' })
  excerpts!: SearchExcerpt[];
}

@ObjectType({ description: 'Search results, best first' })
class TicketSearchConnection {
  @Field(() => [TicketSearchEdge])
  edges!: TicketSearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@Resolver()
export class TicketSearchResolver {
  @Authorized()
  @Query(() => TicketSearchConnection, {
    description:
      'Full-text search over number, subject, description, messages (e-mail replies too), organization, contact and contract identifier; ' +
      'Russian word forms match; scoped like `tickets` (internal notes for staff only); narrowed by the views\' filter; best first',
  })
  async searchTickets(
    @Arg('query') query: string,
    @Arg('filter', () => ViewFilterInput, { nullable: true }) filter: ViewFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ViewsContext,
  ): Promise<TicketSearchConnection> {
    const page = await new TicketSearchService(ctx.em).search(actorOf(ctx), query, checkedFilter(filter, 'filter'), first, after, ctx.app.clock.now());
    const edges = page.results.map((r) => ({ cursor: r.cursor, node: r.ticket, rank: r.rank, excerpts: r.excerpts }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: after !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
