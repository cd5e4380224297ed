import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifierKind } from './organization.enums.js';
import { SupportContract } from './support-contract.entity.js';

/**
 * One of a contract's identifiers (LVL-1: license numbers, serial numbers of
 * hardware, activation codes): a customer identifies with any of them (ID-1).
 * Unique across all contracts.
 */
@ObjectType({ description: "One of a contract's identifiers: a license number, a serial number or an activation code" })
@Entity({ tableName: 'contract_identifiers' })
export class ContractIdentifier {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => SupportContract, ref: true })
  contract!: Ref<SupportContract>;

  @Field({ description: 'As printed on the formulary, box or device' })
  @Property({ length: 100 })
  identifier!: string;

  /** Upper-cased, spaces removed: what requests are matched on (ID-2). */
  @Property({ length: 100, unique: true })
  normalizedIdentifier!: string;

  @Field(() => IdentifierKind)
  @Enum({ items: () => IdentifierKind })
  kind!: IdentifierKind;
}
