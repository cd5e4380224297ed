import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { ReplyTemplate } from '../../entities/reply-templates/reply-template.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { STAFF_ROLES } from '../../graphql/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { ReplyTemplatesService, type ReplyTemplateFields } from './reply-templates.service.js';

const VARIABLES_NOTE = 'Variables: {{contactName}}, {{ticketNumber}}, {{deadline}} (the response deadline, Moscow time), {{product}}, {{agentName}} (who inserts it)';

@InputType({ description: `A text module (#19). ${VARIABLES_NOTE}` })
class ReplyTemplateInput implements ReplyTemplateFields {
  @Field({ description: 'At most 120 characters' })
  title!: string;

  @Field({ description: 'The Russian text' })
  bodyRu!: string;

  @Field(() => String, { nullable: true, description: 'The English text; empty: the Russian one serves English contacts too' })
  bodyEn?: string | null;

  @Field(() => Boolean, { nullable: true, description: "true: the team's (team leads and admins only); default false: your own" })
  shared?: boolean | null;
}

@ObjectType({ description: 'A text module filled in for one ticket, in its contact’s language' })
class RenderedReply {
  @Field(() => Locale)
  locale!: Locale;

  @Field()
  text!: string;
}

/** Text modules (#19): staff keep replies they write again and again, and insert them filled in. */
@Resolver(() => ReplyTemplate)
export class ReplyTemplatesResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => [ReplyTemplate], { description: "Staff: the team's text modules and your own, by title; `search` matches title and texts" })
  replyTemplates(@Arg('search', () => String, { nullable: true }) search: string | null, @Ctx() ctx: RequestContext): Promise<ReplyTemplate[]> {
    return new ReplyTemplatesService(ctx.em, ctx.app.clock).list(actorOf(ctx), search);
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => RenderedReply, { description: `Staff: a text module filled in for a ticket, in the contact's language. ${VARIABLES_NOTE}` })
  renderReplyTemplate(
    @Arg('templateId', () => ID) templateId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<RenderedReply> {
    return new ReplyTemplatesService(ctx.em, ctx.app.clock).render(actorOf(ctx), templateId, ticketId);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ReplyTemplate, { description: "Staff: writes a text module of your own, or (team leads, admins) the team's" })
  createReplyTemplate(@Arg('input', () => ReplyTemplateInput) input: ReplyTemplateInput, @Ctx() ctx: RequestContext): Promise<ReplyTemplate> {
    return new ReplyTemplatesService(ctx.em, ctx.app.clock).create(actorOf(ctx), input);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => ReplyTemplate, { description: "Staff: rewrites one of your text modules, or (team leads, admins) one of the team's" })
  updateReplyTemplate(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReplyTemplateInput) input: ReplyTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReplyTemplate> {
    return new ReplyTemplatesService(ctx.em, ctx.app.clock).update(actorOf(ctx), id, input);
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Boolean, { description: 'Staff: deletes a text module you may change' })
  deleteReplyTemplate(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return new ReplyTemplatesService(ctx.em, ctx.app.clock).remove(actorOf(ctx), id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change it: your own, or the team’s for team leads and admins' })
  editable(@Root() template: ReplyTemplate, @Ctx() ctx: RequestContext): boolean {
    return new ReplyTemplatesService(ctx.em, ctx.app.clock).canEdit(actorOf(ctx), template);
  }
}
