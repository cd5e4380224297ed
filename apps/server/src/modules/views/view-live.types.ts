import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { ViewFilter, ViewSort } from './view-filter.input.js';

export enum WorkEventKind {
  /** The first event: the open view's first page, every count, and the version they reflect. */
  SNAPSHOT = 'SNAPSHOT',
  ADDED = 'ADDED',
  MOVED = 'MOVED',
  UPDATED = 'UPDATED',
  REMOVED = 'REMOVED',
  /** A change that leaves the open view's rows as they were: only counts may differ. */
  COUNTS = 'COUNTS',
}
registerEnumType(WorkEventKind, { name: 'WorkEventKind', description: 'What a myWork event does to the open view' });

@ObjectType({ description: 'A view: a server-side definition of filters and order (#13), with its count now' })
export class TicketView {
  @Field(() => ID, { description: 'MINE_IN_PROGRESS, MINE_ANSWERED, MINE_WAITING, ESCALATED, UNASSIGNED, ALL_OPEN, or a saved view\'s id' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  builtIn!: boolean;

  @Field(() => ViewFilter)
  filter!: ViewFilter;

  @Field(() => ViewSort)
  sort!: ViewSort;

  @Field(() => Int, { description: 'Tickets in the view now' })
  count!: number;
}

@ObjectType({ description: "One view's count" })
export class ViewCount {
  @Field(() => ID)
  viewId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "A change of the caller's views: every count, and where the changed ticket now stands in the open view" })
export class WorkEvent {
  @Field(() => Int, { description: 'Ticket-change version, cluster-wide, one per change: a gap means events were missed (resubscribe or refetch)' })
  version!: number;

  @Field(() => WorkEventKind)
  kind!: WorkEventKind;

  @Field(() => ID, { description: 'The open view' })
  viewId!: string;

  @Field(() => [ViewCount], { description: "Every view's count after this change" })
  counts!: ViewCount[];

  @Field(() => [Ticket], { nullable: true, description: 'SNAPSHOT: the open view\'s first page, in its order' })
  rows!: Ticket[] | null;

  @Field(() => Int, { nullable: true, description: 'SNAPSHOT: how many tickets the open view holds' })
  totalCount!: number | null;

  @Field(() => Ticket, { nullable: true, description: 'The changed ticket (not on SNAPSHOT and COUNTS)' })
  ticket!: Ticket | null;

  @Field(() => Int, { nullable: true, description: '0-based index in the open view\'s order; null when REMOVED' })
  position!: number | null;

  @Field(() => Int, { nullable: true, description: 'The index this stream last gave the ticket; null when ADDED' })
  previousPosition!: number | null;
}
