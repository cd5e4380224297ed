import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ApiToken } from '../../entities/auth/api-token.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { auditActorOf } from '../audit/index.js';
import { ApiTokenService } from './api-token.service.js';
import { type AuthContext } from './auth-services.js';

@ObjectType()
export class ApiTokenCreated {
  @Field({ description: 'Send as `Authorization: Bearer <token>`; shown only now, stored only as a hash' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(Role.ADMIN, Role.PARTNER)
  @Query(() => [ApiToken], { description: "Admins: every API token; a partner's admin: its organization's; other partner users: those acting as them" })
  apiTokens(@Ctx() ctx: AuthContext): Promise<ApiToken[]> {
    return new ApiTokenService(ctx.em, ctx.app.clock, ctx.app.apiTokenRateCeiling).list(actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Query(() => [User], { description: "The partner users the caller may issue an API token for (admins: all; a partner's admin: its own)" })
  apiTokenHolders(@Ctx() ctx: AuthContext): Promise<User[]> {
    return new ApiTokenService(ctx.em, ctx.app.clock, ctx.app.apiTokenRateCeiling).holders(actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => ApiTokenCreated, { description: 'A token that acts as the given partner user, scoped to the customers it serves' })
  createApiToken(
    @Arg('userId', () => ID) userId: string,
    @Arg('name') name: string,
    @Arg('rateLimitPerMinute', () => Int, { nullable: true }) rateLimitPerMinute: number | null,
    @Ctx() ctx: AuthContext,
  ): Promise<ApiTokenCreated> {
    return new ApiTokenService(ctx.em, ctx.app.clock, ctx.app.apiTokenRateCeiling).create(userId, name, rateLimitPerMinute, actorOf(ctx), auditActorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER)
  @Mutation(() => ApiToken, { description: 'Stops a token at once' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthContext): Promise<ApiToken> {
    return new ApiTokenService(ctx.em, ctx.app.clock, ctx.app.apiTokenRateCeiling, ctx.app.events).revoke(id, actorOf(ctx), auditActorOf(ctx));
  }

  @FieldResolver(() => User, { description: 'The partner user the token acts as' })
  user(@Root() token: ApiToken): Promise<User> {
    return token.user.loadOrFail({ dataloader: true });
  }
}
