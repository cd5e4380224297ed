import { Entity, Index, ManyToOne, OneToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';

/** The customer's rating of the answer to a closed ticket (#19): once, 1–5 with a comment. */
@ObjectType({ description: "The customer's rating of the answer to a closed ticket (#19)" })
@Entity({ tableName: 'ticket_ratings' })
@Index({ name: 'ticket_ratings_rated_at_idx', properties: ['ratedAt'] })
export class TicketRating {
  @PrimaryKey()
  id!: number;

  @OneToOne({ entity: () => Ticket, ref: true, owner: true, unique: 'ticket_ratings_ticket_unique' })
  ticket!: Ref<Ticket>;

  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  @Property()
  score!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 2000, nullable: true })
  comment: string | null = null;

  @ManyToOne({ entity: () => User, ref: true })
  ratedBy!: Ref<User>;

  @Field()
  @Property()
  ratedAt!: Date;
}
