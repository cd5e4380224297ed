import { BigIntType, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SlaAlertKind } from './sla.enums.js';
import { Ticket } from '../tickets/ticket.entity.js';

/**
 * An SLA-7 alert as raised: at most one per ticket, kind and deadline (the
 * unique key is what makes raising exactly-once across server processes).
 */
@ObjectType({ description: 'An SLA alert as raised and kept (SLA-7)' })
@Entity({ tableName: 'sla_alerts' })
@Unique({ properties: ['ticket', 'kind', 'dueAt'] })
@Index({ properties: ['raisedAt'] })
export class SlaAlert {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true })
  ticket!: Ref<Ticket>;

  @Field(() => SlaAlertKind)
  @Enum({ items: () => SlaAlertKind })
  kind!: SlaAlertKind;

  /** The response deadline this alert is about (a reclassification re-arms alerts for the new one). */
  @Field()
  @Property()
  dueAt!: Date;

  @Field()
  @Property()
  raisedAt!: Date;

  /**
   * Its place in the cluster-wide order of alerts (#16): what `slaAlert(after:)` resumes from.
   * Null for alerts raised before the event log existed.
   */
  @Field(() => Int, { nullable: true, description: 'Strictly increasing per server cluster; pass the last one seen as slaAlert(after:) to resume' })
  @Property({ type: new BigIntType('number'), nullable: true })
  version: number | null = null;
}
