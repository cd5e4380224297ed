import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Product } from '../organizations/product.entity.js';

/** A certificate of conformity of a product (SVC-3): its number, issuer, versions covered and validity. */
@ObjectType({ description: "A product's certificate: number and validity dates (SVC-3)" })
@Entity({ tableName: 'certificates' })
@Index({ properties: ['product', 'validUntil'] })
@Index({ properties: ['number'] })
@Index({ properties: ['nextAlertAt'] })
export class Certificate {
  [OptionalProps]?: 'productVersions' | 'description' | 'nextAlertAt' | 'nextAlertThreshold';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  @Field({ description: 'As printed, e.g. "№ 2720"' })
  @Property({ length: 100 })
  number!: string;

  @Field({ description: 'Who issued it, e.g. "ФСТЭК России"' })
  @Property({ length: 300 })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'Product versions it covers, e.g. "8.0"; null for all' })
  @Property({ type: 'string', length: 200, nullable: true })
  productVersions: string | null = null;

  @Field({ description: 'First day of validity, YYYY-MM-DD (Moscow)' })
  @Property({ length: 10 })
  validFrom!: string;

  @Field({ description: 'Last day of validity, YYYY-MM-DD (Moscow), inclusive' })
  @Property({ length: 10 })
  validUntil!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field()
  @Property()
  createdAt!: Date;

  @Field()
  @Property()
  updatedAt!: Date;

  /**
   * The armed expiry alert (SVC-3): when it is due and its threshold (90, 30
   * or 7 days); null when none is left. Raising it is a conditional update on
   * exactly these two columns, so one process wins, once.
   */
  @Field(() => Date, { nullable: true, description: 'When staff are alerted next about its expiry' })
  @Property({ type: 'datetime', nullable: true })
  nextAlertAt: Date | null = null;

  @Property({ type: 'integer', nullable: true })
  nextAlertThreshold: number | null = null;
}
