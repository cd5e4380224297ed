import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';

/** A text module (#19): a reply staff insert from the composer, its {{variables}} filled from the ticket. */
@ObjectType({ description: 'A text module (#19): a reply staff insert from the composer, its {{variables}} filled from the ticket' })
@Entity({ tableName: 'reply_templates' })
export class ReplyTemplate {
  [OptionalProps]?: 'bodyEn' | 'createdAt' | 'updatedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 120 })
  title!: string;

  @Field({ description: 'The Russian text, with {{variable}} placeholders' })
  @Property({ type: 'text' })
  bodyRu!: string;

  @Field(() => String, { nullable: true, description: 'The English text for contacts who chose English; null: the Russian one serves them too' })
  @Property({ type: 'text', nullable: true })
  bodyEn: string | null = null;

  @Field({ description: "true: the team's, edited by team leads and admins; false: its owner's alone" })
  @Property()
  shared!: boolean;

  @ManyToOne({ entity: () => User, ref: true })
  owner!: Ref<User>;

  @Field()
  @Property()
  createdAt: Date = new Date();

  @Field()
  @Property()
  updatedAt: Date = new Date();
}
