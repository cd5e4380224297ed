import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Product } from '../organizations/product.entity.js';
import { User } from '../auth/user.entity.js';

/**
 * An FAQ / knowledge-base article (SVC-1): Markdown written by staff, public
 * once published. `bodyText` is the Markdown's plain text, the one thing both
 * search indexes read (PostgreSQL's generated tsvector column, SQLite's FTS5
 * table), so both databases search the same words.
 */
@ObjectType({ description: 'An FAQ article (SVC-1): public once published' })
@Entity({ tableName: 'faq_articles' })
@Index({ properties: ['product', 'published'] })
@Index({ properties: ['published', 'title'] })
export class FaqArticle {
  [OptionalProps]?: 'product' | 'productVersion' | 'published' | 'publishedAt' | 'createdBy' | 'updatedBy';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field({ description: 'Stable address of the article, e.g. "oshibka-autentifikacii"' })
  @Property({ length: 200, unique: true })
  slug!: string;

  @Field()
  @Property({ length: 500 })
  title!: string;

  @Field({ description: 'Markdown source; `bodyHtml` is the safe rendering' })
  @Property({ type: 'text' })
  body!: string;

  /** Plain text of `body` (no markup, no link targets): what search indexes. */
  @Property({ type: 'text' })
  bodyText!: string;

  @Field(() => [String])
  @Property({ type: 'json' })
  tags!: string[];

  /** Null: about every product. */
  @ManyToOne({ entity: () => Product, ref: true, nullable: true })
  product: Ref<Product> | null = null;

  @Field(() => String, { nullable: true, description: 'Product version the article is about, e.g. "8.0"; null for all versions' })
  @Property({ type: 'string', length: 100, nullable: true })
  productVersion: string | null = null;

  @Field()
  @Property()
  published: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When it was last published' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field()
  @Property()
  createdAt!: Date;

  @Field()
  @Property()
  updatedAt!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  createdBy: Ref<User> | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  updatedBy: Ref<User> | null = null;
}
