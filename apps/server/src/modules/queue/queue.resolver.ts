import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import { TicketConnection, toTicketConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { selectsWithin } from '../../graphql/selection.js';
import { TICKET_ROW_SHAPE } from './ticket-row.js';
import { QueueService } from './queue.service.js';

@Resolver()
export class QueueResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => TicketConnection, { description: 'Staff: open tickets waiting for reaction, in queue order (SLA-6)' })
  async queue(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<TicketConnection> {
    const queue = new QueueService(ctx.em);
    // The read model when the operation asks only for what a row holds (#17); entities otherwise.
    if (selectsWithin(info, ['edges', 'node'], TICKET_ROW_SHAPE)) return toTicketConnection(await queue.rowPage(first ?? 50, after), after);
    return toTicketConnection(await queue.page(first ?? 50, after), after);
  }
}
