import { Collection, Entity, Enum, ManyToMany, PrimaryKey, Property, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { OrganizationKind } from './organization.enums.js';

@ObjectType({ description: 'A customer organization, a partner serving customers, or the vendor' })
@Entity({ tableName: 'organizations' })
export class Organization {
  [OptionalProps]?: 'createdAt' | 'servedCustomers';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property({ length: 300 })
  name!: string;

  /** Case-, quote- and space-insensitive form used to match a request's organization name (ID-2). */
  @Property({ length: 300, unique: true })
  normalizedName!: string;

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind })
  kind!: OrganizationKind;

  /** Customers a PARTNER organization operates products for (section 2, "User"). */
  @ManyToMany({
    entity: () => Organization,
    pivotTable: 'partner_customers',
    joinColumn: 'partner_id',
    inverseJoinColumn: 'customer_id',
    owner: true,
  })
  servedCustomers = new Collection<Organization>(this);

  @Property()
  createdAt: Date = new Date();
}
