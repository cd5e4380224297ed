import { Entity, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** An admin's override of one day of the production calendar (SLA-5). */
@ObjectType({ description: 'An override of one day of the production calendar (SLA-5)' })
@Entity({ tableName: 'calendar_days' })
export class CalendarDay {
  [OptionalProps]?: 'shortened' | 'note';

  @Field({ description: 'YYYY-MM-DD, Moscow' })
  @PrimaryKey({ length: 10 })
  date!: string;

  @Field()
  @Property()
  working!: boolean;

  @Field()
  @Property()
  shortened: boolean = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  note: string | null = null;
}
