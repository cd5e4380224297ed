import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { AuditKind } from './audit.enums.js';

/**
 * One administrative or security event (#12): who, when, what changed
 * (before → after), from where. Append-only: nothing in the API edits or
 * deletes an entry, and the database refuses UPDATE and DELETE on the table.
 */
@ObjectType({ description: 'An audit log entry: who did what, when, from where (append-only)' })
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['at', 'id'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @Field()
  @Property()
  at!: Date;

  @Field(() => AuditKind)
  @Enum({ items: () => AuditKind })
  kind!: AuditKind;

  /** The signed-in user who acted; null for an anonymous request (a failed sign-in, a reset request). */
  @Property({ type: 'integer', nullable: true })
  actorId: number | null = null;

  /** The actor's e-mail at the time (or the address a failed sign-in named): stays readable whatever happens later. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 320, nullable: true })
  actorEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'What was acted on: User, Invitation, ApiToken, Organization, SupportContract, CalendarDay, OutboxMessage' })
  @Property({ type: 'string', length: 40, nullable: true })
  objectType: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  objectId: string | null = null;

  @Field()
  @Property({ type: 'text' })
  summary!: string;

  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  userAgent: string | null = null;
}
