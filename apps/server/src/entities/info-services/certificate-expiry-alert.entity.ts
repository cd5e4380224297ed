import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Certificate } from './certificate.entity.js';

/**
 * A certificate expiry alert as raised and kept (SVC-3). Written by whoever
 * won the claim on the certificate's armed alert; the unique key is the
 * second guard that keeps it to one per certificate, threshold and expiry date.
 */
@ObjectType({ description: 'A certificate expiry alert for staff: 90, 30 or 7 days before (SVC-3)' })
@Entity({ tableName: 'certificate_expiry_alerts' })
@Unique({ properties: ['certificate', 'thresholdDays', 'validUntil'] })
@Index({ properties: ['raisedAt'] })
export class CertificateExpiryAlert {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Certificate, ref: true, deleteRule: 'cascade' })
  certificate!: Ref<Certificate>;

  @Field(() => Int, { description: '90, 30 or 7: days left before the certificate lapses' })
  @Property()
  thresholdDays!: number;

  @Field({ description: 'The last day of validity the alert is about, YYYY-MM-DD (Moscow)' })
  @Property({ length: 10 })
  validUntil!: string;

  @Field({ description: 'When it was due: 09:00 Moscow, `thresholdDays` days before the certificate lapses' })
  @Property()
  dueAt!: Date;

  @Field()
  @Property()
  raisedAt!: Date;
}
