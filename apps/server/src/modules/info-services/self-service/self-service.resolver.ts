import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { FaqArticle } from '../../../entities/info-services/faq-article.entity.js';
import { ProductDocument } from '../../../entities/info-services/product-document.entity.js';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import { LEAD_ROLES } from '../../../graphql/actor.js';
import type { RequestContext } from '../../../graphql/context.js';
import { SelfServiceService, type DeflectionRow, type ResolutionFields, type Suggestions } from './self-service.service.js';

@ObjectType({ description: 'What may answer a request before it is sent (#19): FAQ articles, then the product’s documentation' })
class SelfServiceSuggestions implements Suggestions {
  @Field(() => [FaqArticle], { description: 'Published articles of the product and general ones, the most words in common first' })
  articles!: FaqArticle[];

  @Field(() => [ProductDocument], { description: "The product's current documents whose title shares a word" })
  documents!: ProductDocument[];
}

@InputType({ description: '"This answered my question": the request, and the one article or document that answered it' })
class SelfServiceResolutionInput implements ResolutionFields {
  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field({ description: 'What the customer had written (subject and description)' })
  query!: string;

  @Field(() => ID, { nullable: true })
  articleId?: string | null;

  @Field(() => ID, { nullable: true })
  documentId?: string | null;
}

@ObjectType({ description: 'Requests resolved without a ticket against tickets registered, for one product and Moscow month (#19)' })
class SelfServiceDeflectionRow implements DeflectionRow {
  @Field(() => ID)
  productId!: number;

  @Field()
  productName!: string;

  @Field({ description: 'YYYY-MM, Moscow' })
  period!: string;

  @Field(() => Int)
  resolvedWithoutTicket!: number;

  @Field(() => Int)
  ticketsRegistered!: number;

  @Field(() => Float, { nullable: true, description: 'resolvedWithoutTicket / (resolvedWithoutTicket + ticketsRegistered)' })
  deflectionRate!: number | null;
}

/** Self-service first (#19): suggestions while a request is written, and what they spared support. */
@Resolver()
export class SelfServiceResolver {
  @Authorized()
  @Query(() => SelfServiceSuggestions, { description: 'While a request is written: FAQ articles and documentation that may already answer it' })
  selfServiceSuggestions(
    @Arg('productId', () => ID, { nullable: true }) productId: string | null,
    @Arg('text') text: string,
    @Arg('first', () => Int, { defaultValue: 5 }) first: number,
    @Ctx() ctx: RequestContext,
  ): Promise<Suggestions> {
    return new SelfServiceService(ctx.em, ctx.app.clock).suggest(productId, text, first);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '"This answered my question": records a request resolved without a ticket (no ticket is created)' })
  async recordSelfServiceResolution(@Arg('input', () => SelfServiceResolutionInput) input: SelfServiceResolutionInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    const actor = actorOf(ctx);
    await new SelfServiceService(ctx.em, ctx.app.clock).record({ userId: actor.userId, contactId: null, organizationId: actor.organizationId }, input, Channel.PORTAL);
    return true;
  }

  @Authorized(...LEAD_ROLES)
  @Query(() => [SelfServiceDeflectionRow], { description: 'Team leads: per product and Moscow month of [from, to), requests resolved without a ticket against tickets registered' })
  selfServiceDeflection(@Arg('from') from: Date, @Arg('to') to: Date, @Ctx() ctx: RequestContext): Promise<DeflectionRow[]> {
    return new SelfServiceService(ctx.em, ctx.app.clock).deflection(from, to);
  }
}
