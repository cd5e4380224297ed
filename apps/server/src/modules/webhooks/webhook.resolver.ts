import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { WebhookDelivery } from '../../entities/webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../../entities/webhooks/webhook-endpoint.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { CreateWebhookEndpointInput } from './webhook-endpoint.input.js';
import { WebhookEndpointService } from './webhook-endpoint.service.js';
import type { WebhookContext } from './webhook-services.js';

@ObjectType({ description: 'A new endpoint and its signing secret' })
export class WebhookEndpointCreated {
  @Field({ description: 'The Standard Webhooks signing secret (whsec_…): shown only now' })
  secret!: string;

  @Field(() => WebhookEndpoint)
  endpoint!: WebhookEndpoint;
}

function service(ctx: WebhookContext): WebhookEndpointService {
  return new WebhookEndpointService(ctx.em, { clock: ctx.app.clock, events: ctx.app.events, requireHttps: ctx.app.webhooks.requireHttps });
}

/** Outbound webhooks (#18): the vendor's admins for any organization, a partner's own admin for its own. */
@Resolver(() => WebhookEndpoint)
export class WebhookResolver {
  @Authorized(Role.ADMIN, Role.PARTNER)
  @Query(() => [WebhookEndpoint], { description: "Admins: every webhook endpoint; a partner's admin: its organization's" })
  webhookEndpoints(@Ctx() ctx: WebhookContext): Promise<WebhookEndpoint[]> {
    return service(ctx).list(actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Query(() => [WebhookDelivery], { description: "An endpoint's delivery log, newest attempt first" })
  webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: WebhookContext,
  ): Promise<WebhookDelivery[]> {
    return service(ctx).deliveries(endpointId, first, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => WebhookEndpointCreated, { description: 'Registers an endpoint; the signing secret is in the answer only' })
  createWebhookEndpoint(@Arg('input') input: CreateWebhookEndpointInput, @Ctx() ctx: WebhookContext): Promise<WebhookEndpointCreated> {
    return service(ctx).create(input, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => WebhookEndpoint, { description: 'Disables or (again) enables an endpoint; enabling resets its failure count' })
  setWebhookEndpointEnabled(@Arg('id', () => ID) id: string, @Arg('enabled') enabled: boolean, @Ctx() ctx: WebhookContext): Promise<WebhookEndpoint> {
    return service(ctx).setEnabled(id, enabled, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => ID, { description: 'Deletes an endpoint with its delivery log; returns its id' })
  deleteWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: WebhookContext): Promise<string> {
    return service(ctx).remove(id, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => String, { description: 'Sends a signed webhook.test event; returns its webhook-id (see webhookDeliveries)' })
  sendWebhookTestEvent(@Arg('endpointId', () => ID) endpointId: string, @Ctx() ctx: WebhookContext): Promise<string> {
    return service(ctx).sendTest(endpointId, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => WebhookDelivery, { description: "Sends a logged delivery's message again (same webhook-id, fresh attempts)" })
  resendWebhookDelivery(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: WebhookContext): Promise<WebhookDelivery> {
    return service(ctx).resend(deliveryId, actorOf(ctx));
  }

  @FieldResolver(() => Organization, { description: 'Whose tickets the endpoint is told about' })
  organization(@Root() endpoint: WebhookEndpoint): Promise<Organization> {
    return endpoint.organization.loadOrFail({ dataloader: true });
  }
}
