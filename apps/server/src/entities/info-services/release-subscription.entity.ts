import { Entity, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Product } from '../organizations/product.entity.js';
import { User } from '../auth/user.entity.js';

/** A user's wish to be told when a new certified release of a product is published (SVC-2, LVL-3). */
@ObjectType({ description: 'A subscription to "new certified version" notices of one product (SVC-2)' })
@Entity({ tableName: 'release_subscriptions' })
@Unique({ properties: ['user', 'product'] })
export class ReleaseSubscription {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  user!: Ref<User>;

  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  @Field()
  @Property()
  createdAt!: Date;
}
