import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

/** One HTTP attempt to deliver a webhook message: the endpoint's delivery log (#18). */
@ObjectType({ description: 'One attempt to deliver a webhook message' })
@Entity({ tableName: 'webhook_deliveries' })
@Index({ properties: ['endpoint', 'id'] })
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => WebhookEndpoint, ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  /** The outbox message delivered; re-sending a delivery queues this message again. */
  @Field(() => ID)
  @Property()
  outboxMessageId!: number;

  @Field({ description: 'The webhook-id header: the same for every attempt of one message, so receivers can deduplicate' })
  @Property({ length: 60 })
  webhookId!: string;

  @Field({ description: 'The payload type, e.g. ticket.created' })
  @Property({ length: 60 })
  eventType!: string;

  @Field(() => Int)
  @Property()
  attempt!: number;

  @Field(() => Int, { nullable: true, description: 'HTTP status; null when no answer came (timeout, refused connection)' })
  @Property({ type: 'integer', nullable: true })
  statusCode!: number | null;

  @Field(() => Int)
  @Property()
  latencyMs!: number;

  @Field()
  @Property()
  success!: boolean;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  error!: string | null;

  @Field()
  @Property()
  at!: Date;
}
