import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { CatalogFile } from './catalog-file.entity.js';
import { Product } from '../organizations/product.entity.js';

/**
 * Operating documentation of a product version (SVC-4): a URL or a stored
 * file. Of the same title for the same product the newest edition is the
 * current one (`latest`); older ones stay listed for older installations.
 */
@ObjectType({ description: 'Operating documentation of a product version (SVC-4)' })
@Entity({ tableName: 'product_documents' })
@Index({ properties: ['product', 'title'] })
export class ProductDocument {
  [OptionalProps]?: 'edition' | 'file' | 'url' | 'withdrawnAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  @Field({ description: 'e.g. "Руководство администратора"' })
  @Property({ length: 500 })
  title!: string;

  @Field({ description: 'Product version (or build) it documents, e.g. "8.0.565"' })
  @Property({ length: 100 })
  productVersion!: string;

  @Field(() => String, { nullable: true, description: 'Edition of the document itself, e.g. "ред. 3"' })
  @Property({ type: 'string', length: 100, nullable: true })
  edition: string | null = null;

  @Field({ description: 'Issue date, YYYY-MM-DD' })
  @Property({ length: 10 })
  publishedOn!: string;

  /** Kept elsewhere; shown only to those entitled. */
  @Property({ type: 'string', length: 2000, nullable: true })
  url: string | null = null;

  @ManyToOne({ entity: () => CatalogFile, ref: true, nullable: true })
  file: Ref<CatalogFile> | null = null;

  /** Withdrawn documents are no longer listed. */
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;

  @Field()
  @Property()
  createdAt!: Date;
}
