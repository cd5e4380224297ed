import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { IsoDate } from '@desk/sla';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifierKind } from './organization.enums.js';
import { SupportLevel } from '../sla/sla.enums.js';
import { Organization } from './organization.entity.js';
import { Product } from './product.entity.js';

/**
 * LVL-1: a customer's support, found by any of its identifiers (ContractIdentifier
 * rows; `identifier` is the first, as printed on the contract), for the products it
 * covers (`products`; `product` is the first).
 */
@ObjectType({ description: "A customer's support contract (LVL-1)" })
@Entity({ tableName: 'support_contracts' })
@Index({ properties: ['organization'] })
export class SupportContract {
  [OptionalProps]?: 'products' | 'terminatedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  @ManyToMany({ entity: () => Product, pivotTable: 'contract_products', joinColumn: 'contract_id', inverseJoinColumn: 'product_id', owner: true })
  products = new Collection<Product>(this);

  /** As printed on the formulary, box or device. */
  @Field({ description: 'License number, serial number or support activation code' })
  @Property({ length: 100 })
  identifier!: string;

  /** Upper-cased, spaces removed: what requests are matched on. */
  @Property({ length: 100, unique: true })
  normalizedIdentifier!: string;

  @Field(() => IdentifierKind)
  @Enum({ items: () => IdentifierKind })
  identifierKind!: IdentifierKind;

  @Field(() => SupportLevel)
  @Enum({ items: () => SupportLevel })
  supportLevel!: SupportLevel;

  /** Moscow calendar days, inclusive. */
  @Field(() => String, { description: 'First day of support, YYYY-MM-DD (Moscow)' })
  @Property({ length: 10 })
  validFrom!: IsoDate;

  @Field(() => String, { description: 'Last day of support, YYYY-MM-DD (Moscow)' })
  @Property({ length: 10 })
  validUntil!: IsoDate;

  /** When an admin ended it early (`validUntil` became the last day served). */
  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  terminatedAt: Date | null = null;
}
