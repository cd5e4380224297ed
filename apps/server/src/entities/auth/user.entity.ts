import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role.enum.js';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType({ description: 'A person who signs in: staff, a customer contact or a partner' })
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'organization' | 'active' | 'createdAt' | 'organizationAdmin' | 'portalNotices';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  /** Stored lower-cased; sign-in compares lower-cased input. */
  @Field()
  @Property({ length: 320, unique: true })
  email!: string;

  @Property({ length: 200, hidden: true })
  passwordHash!: string;

  @Field()
  @Property({ length: 300 })
  fullName!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  /** The customer or partner organization; null for vendor staff. */
  @ManyToOne({ entity: () => Organization, ref: true, nullable: true })
  organization: Ref<Organization> | null = null;

  @Field()
  @Property()
  active: boolean = true;

  /** A partner's own admin: manages the organization's API tokens. */
  @Field({ description: "A partner's own admin, who manages its API tokens" })
  @Property()
  organizationAdmin: boolean = false;

  /** A customer chose the portal for the reaction notice: it is received when committed on the ticket their account reads (SLA-3). */
  @Field({ description: 'Customer: tell me in the portal — the reaction notice counts as received when it is on my ticket (SLA-3)' })
  @Property()
  portalNotices: boolean = false;

  @Property()
  createdAt: Date = new Date();
}
