import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TimelineKind } from './ticket.enums.js';
import { Ticket } from './ticket.entity.js';
import { User } from '../auth/user.entity.js';

/** One line of a ticket's history (TKT-9): status changes, assignments, escalations, messages. */
@ObjectType({ description: "One line of a ticket's history (TKT-9)" })
@Entity({ tableName: 'timeline_entries' })
@Index({ properties: ['ticket', 'at'] })
export class TimelineEntry {
  [OptionalProps]?: 'actor' | 'data' | 'internal';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true })
  ticket!: Ref<Ticket>;

  @Field(() => TimelineKind)
  @Enum({ items: () => TimelineKind })
  kind!: TimelineKind;

  @Field()
  @Property()
  at!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  actor: Ref<User> | null = null;

  @Field({ description: 'One readable line, e.g. "Criticality NON_CRITICAL → CRITICAL: …"' })
  @Property({ type: 'text' })
  summary!: string;

  /** Internal notes and staff-only details: never shown to customers or partners (TKT-9). */
  @Field()
  @Property()
  internal: boolean = false;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Structured details of the change' })
  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;
}
