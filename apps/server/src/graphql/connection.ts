import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
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

/**
 * A Relay connection over `node`: its edge type (`<name>Edge`) and the fields
 * every page has. The connection class extends it and gives itself its name.
 */
export function relayConnection<TNode extends object>(node: ClassType<TNode>, name: string, totalCountDescription: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: TNode;
  }

  // Not emitted itself: the schema holds only the types an operation can reach.
  @ObjectType(`${name}ConnectionFields`)
  abstract class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: totalCountDescription })
    totalCount!: number;
  }
  return Connection;
}

@ObjectType({ description: 'Relay-style page of tickets' })
export class TicketConnection extends relayConnection(Ticket, 'Ticket', 'All tickets matching, across pages') {
  @Field(() => Int, {
    nullable: true,
    description: 'queue only: the queueChanged version this page already reflects; apply only later events',
  })
  version?: number | null;
}

/**
 * A page of Ticket entities, or of rows GraphQL serves as tickets (#17: the
 * queue's read model, tickets/ticket-row.ts, whose fields are named and typed alike).
 */
export function toTicketConnection<T extends object = Ticket>(page: Page<T>, after: string | null): TicketConnection {
  return { ...toConnection(page as unknown as Page<Ticket>, after), version: page.version ?? null };
}

/** Any page as the fields every Relay connection has. */
export function toConnection<T extends object>(page: Page<T>, after: string | null) {
  const edges = page.items.map((node) => ({ cursor: page.cursorOf(node), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
