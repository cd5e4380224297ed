import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Channel } from './ticket.enums.js';
import { User } from '../auth/user.entity.js';
import { Ticket } from './ticket.entity.js';

/**
 * A request refused before it could become a ticket (ID-1: unidentified,
 * ID-2: unknown identifier). Kept so that nothing is silently dropped and
 * staff can follow up.
 */
@ObjectType({ description: 'A request refused before it became a ticket, kept for follow-up (ID-1, ID-2)' })
@Entity({ tableName: 'refused_requests' })
export class RefusedRequest {
  [OptionalProps]?: 'channel' | 'submittedBy' | 'ticket' | 'registeredAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property()
  at!: Date;

  @Field(() => Channel, { nullable: true })
  @Enum({ items: () => Channel, nullable: true })
  channel: Channel | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  submittedBy: Ref<User> | null = null;

  @Field({ description: 'What was wrong, as told to the requester' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => GraphQLJSONObject, { description: 'The request as received' })
  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The ticket staff registered from it once the customer was identified (#12); null while it waits for follow-up. */
  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  ticket: Ref<Ticket> | null = null;

  @Field(() => Date, { nullable: true, description: 'When staff registered it as a ticket; null while it waits for follow-up' })
  @Property({ type: 'datetime', nullable: true })
  registeredAt: Date | null = null;
}
