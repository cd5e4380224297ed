import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { FaqArticle } from '../../../entities/info-services/faq-article.entity.js';
import { Product } from '../../../entities/organizations/product.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import { relayConnection } from '../../../graphql/connection.js';
import type { RequestContext } from '../../../graphql/context.js';
import { STAFF_ROLES } from '../../../graphql/actor.js';
import { KnowledgeService, type FaqArticleFields } from './knowledge.service.js';
import { renderMarkdown } from '../markdown.js';

@InputType({ description: 'A new FAQ article (SVC-1); it stays a draft until published' })
export class CreateFaqArticleInput implements FaqArticleFields {
  @Field()
  title!: string;

  @Field({ description: 'Markdown; raw HTML is shown as text' })
  body!: string;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Null: about every product' })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  productVersion?: string | null;

  @Field(() => String, { nullable: true, description: 'Made from the title when not given' })
  slug?: string | null;
}

@InputType({ description: 'Changes to an FAQ article; fields left out stay as they are' })
export class UpdateFaqArticleInput implements FaqArticleFields {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  body?: string;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'null makes the article general (every product)' })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  productVersion?: string | null;

  @Field(() => String, { nullable: true })
  slug?: string | null;
}

@ObjectType({ description: 'Relay-style page of FAQ articles' })
export class FaqArticleConnection extends relayConnection(FaqArticle, 'FaqArticle', 'All articles matching, across pages') {}

/** SVC-1: public reading (no sign-in needed) and staff editing of the FAQ. */
@Resolver(() => FaqArticle)
export class KnowledgeResolver {
  @Query(() => FaqArticleConnection, {
    description:
      'Public: published FAQ articles. `search` understands Russian word forms (ошибка, ошибки, ошибкой) and lists the best ' +
      'matches first, title matches above body ones; without it, alphabetical. `productId` keeps that product and general ' +
      'articles. Staff may include drafts.',
  })
  async faqArticles(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('productId', () => ID, { nullable: true }) productId: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('includeUnpublished', () => Boolean, { defaultValue: false, description: 'Staff only' }) includeUnpublished: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<FaqArticleConnection> {
    const page = await new KnowledgeService(ctx.em, ctx.app.clock).list(ctx.actor, { search, productId, first, after, includeUnpublished });
    const edges = page.items.map((node, index) => ({ node, cursor: page.cursors[index]! }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Query(() => FaqArticle, { nullable: true, description: 'Public: one article by id or slug (give one); drafts only for staff' })
  faqArticle(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('slug', () => String, { nullable: true }) slug: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FaqArticle | null> {
    return new KnowledgeService(ctx.em, ctx.app.clock).get(ctx.actor, id, slug);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FaqArticle, { description: 'Staff: writes a draft article' })
  createFaqArticle(@Arg('input', () => CreateFaqArticleInput) input: CreateFaqArticleInput, @Ctx() ctx: RequestContext): Promise<FaqArticle> {
    return new KnowledgeService(ctx.em, ctx.app.clock).create(input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FaqArticle, { description: 'Staff: edits an article (published ones change in place)' })
  updateFaqArticle(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateFaqArticleInput) input: UpdateFaqArticleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FaqArticle> {
    return new KnowledgeService(ctx.em, ctx.app.clock).update(id, input, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FaqArticle, { description: 'Staff: makes the article public' })
  publishFaqArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FaqArticle> {
    return new KnowledgeService(ctx.em, ctx.app.clock).setPublished(id, true, actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => FaqArticle, { description: 'Staff: takes the article back to draft; the public no longer finds it' })
  unpublishFaqArticle(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<FaqArticle> {
    return new KnowledgeService(ctx.em, ctx.app.clock).setPublished(id, false, actorOf(ctx));
  }

  @FieldResolver(() => String, { description: 'The body rendered as HTML: raw HTML escaped, bare URLs linked, unsafe link targets dropped' })
  bodyHtml(@Root() article: FaqArticle): string {
    return renderMarkdown(article.body);
  }

  @FieldResolver(() => Product, { nullable: true, description: 'Null: about every product' })
  product(@Root() article: FaqArticle): Promise<Product | null> {
    return article.product ? article.product.loadOrFail({ dataloader: true }) : Promise.resolve(null);
  }
}
