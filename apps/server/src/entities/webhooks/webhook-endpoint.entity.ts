import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { User } from '../auth/user.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { WebhookEventKind } from './webhook.enums.js';

/**
 * Where a partner's (or a customer's) system wants ticket events delivered
 * (#18). It receives exactly what the organization's users may see: a
 * customer its own tickets, a partner those of the customers it serves, never
 * internal notes. The signing secret is shown once, at creation.
 */
@ObjectType({ description: 'An outbound webhook endpoint of an organization (#18)' })
@Entity({ tableName: 'webhook_endpoints' })
@Index({ properties: ['organization'] })
export class WebhookEndpoint {
  [OptionalProps]?: 'enabled' | 'consecutiveFailures' | 'disabledAt' | 'disabledReason' | 'description' | 'createdBy';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Organization, ref: true })
  organization!: Ref<Organization>;

  @Field()
  @Property({ length: 300 })
  url!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  description: string | null = null;

  @Field(() => [WebhookEventKind])
  @Property({ type: 'json' })
  events!: WebhookEventKind[];

  /** `whsec_` + base64 of the HMAC key (Standard Webhooks); never readable through the API after creation. */
  @Property({ length: 100, hidden: true })
  secret!: string;

  @Field({ description: 'Disabled endpoints are sent nothing; failures past WEBHOOK_DISABLE_AFTER_FAILURES disable one' })
  @Property()
  enabled: boolean = true;

  @Field(() => Int, { description: 'Failed attempts in a row since the last success' })
  @Property()
  consecutiveFailures: number = 0;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why the endpoint was disabled (by hand or after failures)' })
  @Property({ type: 'text', nullable: true })
  disabledReason: string | null = null;

  /** The owner: told by e-mail when the endpoint is disabled after failures. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;

  @Field()
  @Property()
  createdAt!: Date;
}
