import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Forbidden, NotAuthenticated } from '../../common/errors.js';
import { checkPageSize } from '../../common/cursor.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { isStaff, STAFF_ROLES } from '../../graphql/actor.js';
import { TicketConnection, toTicketConnection } from '../../graphql/connection.js';
import type { ViewDefinition } from './built-in-views.js';
import { ViewFilterInput, ViewSort } from './view-filter.input.js';
import { TicketView, WorkEvent } from './view-live.types.js';
import { ViewsService } from './views.service.js';
import type { ViewsContext } from './views-services.js';
import { openWorkStream } from './work-stream.js';

@InputType({ description: 'A saved view: a name, filters and an order (#13); with `id`, replaces that view of yours' })
class SaveViewInput {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field()
  name!: string;

  @Field(() => ViewFilterInput, { nullable: true })
  filter?: ViewFilterInput | null;

  @Field(() => ViewSort, { nullable: true, description: 'Default SLA (the SLA-6 order)' })
  sort?: ViewSort | null;
}

/** A definition as the API shows it; the count is read when asked for. */
type ViewRow = ViewDefinition & { count?: number };

@Resolver(() => TicketView)
export class ViewsResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [TicketView], { description: 'Staff: the built-in views (My work by status, escalated, unassigned, all open) and your saved ones, with counts' })
  ticketViews(@Ctx() ctx: ViewsContext): Promise<ViewRow[]> {
    return new ViewsService(ctx.em).definitions(actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => TicketConnection, { description: "Staff: one page of a view's tickets in its order; `version` is the myWork version the page reflects" })
  async viewTickets(
    @Arg('viewId', () => ID) viewId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ViewsContext,
  ): Promise<TicketConnection> {
    const service = new ViewsService(ctx.em);
    const actor = actorOf(ctx);
    return toTicketConnection(await service.page(actor, await service.definition(actor, viewId), first, after, ctx.app.clock.now()), after);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => TicketView, { description: 'Saves a view of your own (new, or with `id` replacing one of yours)' })
  saveView(@Arg('input', () => SaveViewInput) input: SaveViewInput, @Ctx() ctx: ViewsContext): Promise<ViewRow> {
    return new ViewsService(ctx.em).save(actorOf(ctx), input, ctx.app.clock.now());
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Boolean, { description: 'Deletes one of your saved views' })
  deleteView(@Arg('id', () => ID) id: string, @Ctx() ctx: ViewsContext): Promise<boolean> {
    return new ViewsService(ctx.em).remove(actorOf(ctx), id);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => [TicketView], { description: 'Orders your saved views (the built-in ones come first); returns every view' })
  reorderViews(@Arg('viewIds', () => [ID]) viewIds: string[], @Ctx() ctx: ViewsContext): Promise<ViewRow[]> {
    return new ViewsService(ctx.em).reorder(actorOf(ctx), viewIds);
  }

  @Subscription(() => WorkEvent, {
    description:
      'Staff: all of your view counts and the open view\'s rows in one stream. First a SNAPSHOT, then one event per ticket change ' +
      '(cluster-wide `version`; a gap means: resubscribe). Resubscribe after saving or deleting a view.',
    subscribe: async ({ args, context }) => {
      const ctx = context as ViewsContext;
      if (!ctx.actor) throw new NotAuthenticated();
      if (!isStaff(ctx.actor)) throw new Forbidden('Views are for support staff');
      checkPageSize(args.first as number);
      return openWorkStream(ctx, ctx.actor, (args.viewId as string | null | undefined) ?? null, args.first as number);
    },
  })
  myWork(
    @Arg('viewId', () => ID, { nullable: true, description: 'The open view; default MINE_IN_PROGRESS' }) _viewId: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Rows of the open view the stream keeps you up to date with' }) _first: number,
    @Root() event: WorkEvent,
  ): WorkEvent {
    return event;
  }

  @FieldResolver(() => Int)
  async count(@Root() view: ViewRow, @Ctx() ctx: ViewsContext): Promise<number> {
    return view.count ?? new ViewsService(ctx.em).count(actorOf(ctx), view, ctx.app.clock.now());
  }
}
