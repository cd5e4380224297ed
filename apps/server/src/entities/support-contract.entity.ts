import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { IsoDate } from '@desk/sla';
import { IdentifierKind, SupportLevel } from './enums.js';
import { Organization } from './organization.entity.js';
import { Product } from './product.entity.js';

/** LVL-1: a customer's support for one product, found by its identifier. */
@Entity({ tableName: 'support_contracts' })
@Index({ properties: ['organization'] })
export class SupportContract {
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @ManyToOne({ entity: () => Product, ref: true })
  product!: Ref<Product>;

  /** As printed on the formulary, box or device. */
  @Property({ length: 100 })
  identifier!: string;

  /** Upper-cased, spaces removed: what requests are matched on. */
  @Property({ length: 100, unique: true })
  normalizedIdentifier!: string;

  @Enum({ items: () => IdentifierKind })
  identifierKind!: IdentifierKind;

  @Enum({ items: () => SupportLevel })
  supportLevel!: SupportLevel;

  /** Moscow calendar days, inclusive. */
  @Property({ length: 10 })
  validFrom!: IsoDate;

  @Property({ length: 10 })
  validUntil!: IsoDate;
}
