import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { TicketConnection, toTicketConnection } from '../../graphql/connection.js';
import type { RequestContext } from '../../graphql/context.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import { QueueService } from './queue.service.js';

@Resolver()
export class QueueResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => TicketConnection, { description: 'Staff: open tickets waiting for reaction, in queue order (SLA-6)' })
  async queue(
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TicketConnection> {
    return toTicketConnection(await new QueueService(ctx.em).page(first ?? 50, after), after);
  }
}
