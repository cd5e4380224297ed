import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Locale } from '../notifications/notification.enums.js';
import { Organization } from './organization.entity.js';

/** A customer's contact person as identified in requests (ID-1). */
@ObjectType({ description: "A customer's contact person (ID-1)" })
@Entity({ tableName: 'contacts' })
// Inbound mail identifies its sender by address (ID-1): Migration20261207160000_contact_email_index.
@Index({ name: 'contacts_email_idx', properties: ['email'] })
export class Contact {
  [OptionalProps]?: 'email' | 'createdAt' | 'locale';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @Field()
  @Property({ length: 300 })
  fullName!: string;

  @Field()
  @Property({ length: 300 })
  position!: string;

  @Field()
  @Property({ length: 50 })
  phone!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 320, nullable: true })
  email: string | null = null;

  /** Language of the notifications this person gets (Russian first, LVL-5). */
  @Field(() => Locale)
  @Enum({ items: () => Locale })
  locale: Locale = Locale.RU;

  @Property()
  createdAt: Date = new Date();
}
