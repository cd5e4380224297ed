import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from './user.entity.js';

/**
 * A partner integration's credential: acts as one PARTNER user, so it sees
 * exactly what that partner may (the customers it serves). Only a SHA-256 of
 * the secret is stored; the token itself is shown once, at creation.
 */
@ObjectType({ description: "A partner integration's API token (the secret is shown only once)" })
@Entity({ tableName: 'api_tokens' })
@Index({ properties: ['user'] })
export class ApiToken {
  [OptionalProps]?: 'revokedAt' | 'lastUsedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  user!: Ref<User>;

  @Field({ description: 'What the integrator called it, e.g. "Portal sync"' })
  @Property({ length: 200 })
  name!: string;

  @Property({ length: 64, hidden: true })
  secretHash!: string;

  @Field(() => Int, { description: 'Requests allowed per minute' })
  @Property()
  rateLimitPerMinute!: number;

  @ManyToOne({ entity: () => User, ref: true })
  createdBy!: Ref<User>;

  @Field()
  @Property()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'Updated at most once a minute' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;
}
