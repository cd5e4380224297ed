import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role.enum.js';
import { Organization } from '../organizations/organization.entity.js';

@ObjectType({ description: 'A person who signs in: staff, a customer contact or a partner' })
@Entity({ tableName: 'users' })
export class User {
  [OptionalProps]?: 'organization' | 'active' | 'createdAt' | 'organizationAdmin' | 'sessionVersion' | 'portalNotices';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  /** Stored lower-cased; sign-in compares lower-cased input. Read through AuthResolver.email (staff addresses stay with staff). */
  @Field({ description: "A staff member's address only for staff and themselves; customers and partners read the support desk's address" })
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

  /** An organization's own admin: invites and deactivates its people; a partner's also manages its API tokens. */
  @Field({ description: "An organization's own admin: manages its people (and a partner's API tokens)" })
  @Property()
  organizationAdmin: boolean = false;

  /** Carried by every sign-in token; raised by deactivation and a new password, which ends every session at once. */
  @Property({ hidden: true })
  sessionVersion: number = 0;

  /** A customer chose the portal for the reaction notice: it is received when committed on the ticket their account reads (SLA-3). */
  @Field({ description: 'Customer: tell me in the portal — the reaction notice counts as received when it is on my ticket (SLA-3)' })
  @Property()
  portalNotices: boolean = false;

  @Field()
  @Property()
  createdAt: Date = new Date();
}
