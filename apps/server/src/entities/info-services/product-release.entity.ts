import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Product } from '../organizations/product.entity.js';
import { User } from '../auth/user.entity.js';

/**
 * A version and build of a product (SVC-2), certified or not, with release
 * notes. Customers see it once published; publishing a certified release
 * notifies the product's subscribers through the outbox.
 */
@ObjectType({ description: 'A version and build of a product, certified or not (SVC-2)' })
@Entity({ tableName: 'product_releases' })
@Unique({ properties: ['product', 'build'] })
@Index({ properties: ['product', 'publishedAt'] })
export class ProductRelease {
  [OptionalProps]?: 'certified' | 'releaseNotes' | 'publishedAt' | 'subscribersNotifiedAt' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  @Field({ description: 'Product version, e.g. "8.0"' })
  @Property({ length: 100 })
  version!: string;

  @Field({ description: 'Build number, e.g. "8.0.565"; unique per product' })
  @Property({ length: 100 })
  build!: string;

  @Field({ description: 'Passed certification (inspection control) and may be installed on certified systems' })
  @Property()
  certified: boolean = false;

  @Field({ description: 'Markdown; `releaseNotesHtml` is the safe rendering' })
  @Property({ type: 'text' })
  releaseNotes: string = '';

  @Field({ description: 'Release date, YYYY-MM-DD (Moscow)' })
  @Property({ length: 10 })
  releasedOn!: string;

  @Field(() => Date, { nullable: true, description: 'Null while a draft, seen by staff only' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  /**
   * When the "new certified version" notices went into the outbox: set once, by
   * a conditional update, the first time the release is both published and
   * certified (in either order).
   */
  @Field(() => Date, { nullable: true, description: 'When subscribers were notified of this certified release' })
  @Property({ type: 'datetime', nullable: true })
  subscribersNotifiedAt: Date | null = null;

  @Field()
  @Property()
  createdAt!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  createdBy: Ref<User> | null = null;
}
