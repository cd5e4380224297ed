import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organization } from '../organizations/organization.entity.js';
import { Role } from './role.enum.js';
import { User } from './user.entity.js';

/**
 * A one-time link that lets someone set a password and become a user with
 * the given role. Only a SHA-256 of the link's token is stored; re-sending
 * replaces it, so an older link stops working.
 */
@ObjectType({ description: 'An invitation to become a user; the invitee sets a password through a one-time link' })
@Entity({ tableName: 'invitations' })
@Index({ properties: ['email'] })
export class Invitation {
  [OptionalProps]?: 'organization' | 'organizationAdmin' | 'invitedBy' | 'user' | 'acceptedAt' | 'revokedAt';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  /** Stored lower-cased, as users' addresses are. */
  @Field()
  @Property({ length: 320 })
  email!: string;

  @Field()
  @Property({ length: 300 })
  fullName!: string;

  @Field(() => Role)
  @Enum({ items: () => Role })
  role!: Role;

  @ManyToOne({ entity: () => Organization, ref: true, nullable: true })
  organization: Ref<Organization> | null = null;

  @Field({ description: "The new user administers its organization's people (and a partner's API tokens)" })
  @Property()
  organizationAdmin: boolean = false;

  @Property({ length: 64, unique: true, hidden: true })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  invitedBy: Ref<User> | null = null;

  /** The user the invitation became, once accepted. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  user: Ref<User> | null = null;

  @Field()
  @Property()
  createdAt!: Date;

  @Field()
  @Property()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
