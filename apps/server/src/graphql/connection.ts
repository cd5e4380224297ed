import { Field, Int, ObjectType } from 'type-graphql';
import { Ticket } from '../entities/tickets/ticket.entity.js';

/** One page as a use case returns it; the resolver turns it into a Relay connection. */
export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
  cursorOf: (item: T) => string;
  version?: number;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class TicketEdge {
  @Field()
  cursor!: string;

  @Field(() => Ticket)
  node!: Ticket;
}

@ObjectType({ description: 'Relay-style page of tickets' })
export class TicketConnection {
  @Field(() => [TicketEdge])
  edges!: TicketEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'All tickets matching, across pages' })
  totalCount!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'queue only: the queueChanged version this page already reflects; apply only later events',
  })
  version?: number | null;
}

export function toTicketConnection(page: Page<Ticket>, after: string | null): TicketConnection {
  const edges = page.items.map((node) => ({ cursor: page.cursorOf(node), node }));
  return {
    edges,
    totalCount: page.totalCount,
    version: page.version ?? null,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
