import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { MessageKind } from './ticket.enums.js';
import { Ticket } from './ticket.entity.js';
import { User } from '../auth/user.entity.js';

/** A message on a ticket: an agent's reply, an internal note or the customer's answer (TKT-2, TKT-9). */
@ObjectType({ description: "A message on a ticket; internal notes are never shown to customers or partners" })
@Entity({ tableName: 'ticket_messages' })
@Index({ properties: ['ticket', 'createdAt'] })
export class TicketMessage {
  [OptionalProps]?: 'author' | 'internal';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true })
  ticket!: Ref<Ticket>;

  @Field(() => MessageKind)
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  author: Ref<User> | null = null;

  /** As shown: the agent's or the contact person's name at the time. */
  @Field()
  @Property({ length: 300 })
  authorName!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field()
  @Property()
  internal: boolean = false;

  @Field()
  @Property()
  createdAt!: Date;
}
