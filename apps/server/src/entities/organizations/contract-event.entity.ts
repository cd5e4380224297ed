import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SupportContract } from './support-contract.entity.js';

export enum ContractEventKind { CREATED = 'CREATED', EDITED = 'EDITED', RENEWED = 'RENEWED', LEVEL_CHANGED = 'LEVEL_CHANGED', TERMINATED = 'TERMINATED' }
registerEnumType(ContractEventKind, { name: 'ContractEventKind', description: 'What happened to a support contract' });

/** A contract's history (#12): every creation, edit, renewal, level change and termination, with before → after. */
@ObjectType({ description: "One step of a support contract's history" })
@Entity({ tableName: 'contract_events' })
@Index({ properties: ['contract', 'at'] })
export class ContractEvent {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => SupportContract, ref: true })
  contract!: Ref<SupportContract>;

  @Field()
  @Property()
  at!: Date;

  @Field(() => ContractEventKind)
  @Enum({ items: () => ContractEventKind })
  kind!: ContractEventKind;

  @Property({ type: 'integer', nullable: true })
  actorId: number | null = null;

  /** The terms before, as JSON (level, validity, identifiers, products); null for a creation. */
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json' })
  after!: Record<string, unknown>;
}
