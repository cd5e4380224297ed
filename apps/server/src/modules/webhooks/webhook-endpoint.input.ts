import { Field, ID, InputType } from 'type-graphql';
import { WebhookEventKind } from '../../entities/webhooks/webhook.enums.js';

@InputType({ description: 'A new webhook endpoint (#18)' })
export class CreateWebhookEndpointInput {
  @Field(() => ID, { nullable: true, description: "Admins: the organization (required); a partner's admin: its own (the default)" })
  organizationId?: string | null;

  @Field({ description: 'https:// (http:// to 127.0.0.1 or localhost only outside production)' })
  url!: string;

  @Field(() => [WebhookEventKind], { description: 'At least one' })
  events!: WebhookEventKind[];

  @Field(() => String, { nullable: true })
  description?: string | null;
}
