import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { CatalogFileKind } from './info-services.enums.js';
import { Product } from '../organizations/product.entity.js';
import { ProductRelease } from './product-release.entity.js';
import { User } from '../auth/user.entity.js';

/**
 * A downloadable of the catalog (SVC-2, SVC-4): a certified update, a
 * distribution, firmware or a document. Either stored under FILES_DIR
 * (`storageKey`, with size and SHA-256) or kept elsewhere (`url`). Served only
 * to staff and to customers whose support for `product` is active today.
 */
@ObjectType({ description: 'A file of a release or a document: stored here or at a URL (SVC-2, SVC-4)' })
@Entity({ tableName: 'catalog_files' })
@Index({ properties: ['release'] })
export class CatalogFile {
  [OptionalProps]?: 'release' | 'contentType' | 'size' | 'sha256' | 'storageKey' | 'url' | 'description' | 'uploadedBy';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  /** Whose support entitles to it. */
  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  @ManyToOne({ entity: () => ProductRelease, ref: true, nullable: true })
  release: Ref<ProductRelease> | null = null;

  @Field(() => CatalogFileKind)
  @Enum({ items: () => CatalogFileKind })
  kind!: CatalogFileKind;

  @Field()
  @Property({ length: 500 })
  fileName!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  contentType: string | null = null;

  /** Bytes; null for a URL whose size is unknown. */
  @Property({ type: 'bigint', columnType: 'bigint', nullable: true })
  size: string | null = null;

  @Field(() => String, { nullable: true, description: 'SHA-256 of the content, hex' })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  /** Relative to FILES_DIR; never shown. */
  @Property({ type: 'string', length: 500, nullable: true })
  storageKey: string | null = null;

  /** Kept elsewhere (the vendor's distribution server); shown only to those entitled. */
  @Property({ type: 'string', length: 2000, nullable: true })
  url: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  uploadedBy: Ref<User> | null = null;

  @Field()
  @Property()
  createdAt!: Date;
}
