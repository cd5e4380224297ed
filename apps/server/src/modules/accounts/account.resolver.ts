import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { checkPageSize } from '../../common/cursor.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { auditActorOf } from '../audit/index.js';
import { AuthPayload } from '../auth/index.js';
import { PasswordLink, type AccountContext } from './accounts.types.js';
import { changeOwnPassword } from './own-password.js';
import { PasswordLinkService } from './password-link.service.js';
import { UserAdminService } from './user-admin.service.js';

@Resolver(() => User)
export class AccountResolver {
  @Authorized(Role.ADMIN, Role.PARTNER, Role.CUSTOMER)
  @Query(() => [User], { description: "Admins: every user; an organization's admin: its own people. By name" })
  users(
    @Arg('role', () => Role, { nullable: true }) role: Role | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Arg('active', () => Boolean, { nullable: true }) active: boolean | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 100 }) first: number,
    @Ctx() ctx: AccountContext,
  ): Promise<User[]> {
    checkPageSize(first);
    const actor = actorOf(ctx);
    return users(ctx).list({ role, organizationId, active, search }, actor, first);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'Admins: a new role (with the organization it needs); open sockets of the user close at once' })
  changeUserRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('role', () => Role) role: Role,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: AccountContext,
  ): Promise<User> {
    return users(ctx).changeRole(userId, role, organizationId ?? null, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER, Role.CUSTOMER)
  @Mutation(() => User, { description: 'Sessions, API tokens and open sockets of the user stop at once' })
  deactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: AccountContext): Promise<User> {
    return users(ctx).deactivate(userId, actorOf(ctx));
  }

  @Authorized(Role.ADMIN, Role.PARTNER, Role.CUSTOMER)
  @Mutation(() => User, { description: 'The user signs in again (earlier sessions stay ended)' })
  reactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() ctx: AccountContext): Promise<User> {
    return users(ctx).reactivate(userId, actorOf(ctx));
  }

  @Authorized()
  @Mutation(() => AuthPayload, { description: 'The current password required; other sessions end, the answer carries a fresh token' })
  changeOwnPassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: AccountContext,
  ): Promise<AuthPayload> {
    return changeOwnPassword(ctx.em, ctx.app, actorOf(ctx), ctx.origin, currentPassword, newPassword);
  }

  @Mutation(() => Boolean, { description: 'Sends a one-time reset link if the address has an account; always answers true' })
  async requestPasswordReset(@Arg('email') email: string, @Ctx() ctx: AccountContext): Promise<boolean> {
    await links(ctx).requestReset(email);
    return true;
  }

  @Query(() => PasswordLink, { nullable: true, description: 'What a set-password link is for; null when invalid, used or expired' })
  passwordLink(@Arg('token') token: string, @Ctx() ctx: AccountContext): Promise<PasswordLink | null> {
    return links(ctx).describe(token);
  }

  @Mutation(() => AuthPayload, { description: 'Accepts an invitation or uses a reset link by setting a password; answers signed in' })
  setPassword(@Arg('token') token: string, @Arg('password') password: string, @Ctx() ctx: AccountContext): Promise<AuthPayload> {
    return links(ctx).setPassword(token, password);
  }
}

function users(ctx: AccountContext): UserAdminService {
  return new UserAdminService(ctx.em, { clock: ctx.app.clock, events: ctx.app.events, audit: auditActorOf(ctx) });
}

function links(ctx: AccountContext): PasswordLinkService {
  return new PasswordLinkService(ctx.em, ctx.app.clock, { links: ctx.app.accountLinks, tokens: ctx.app.tokens, events: ctx.app.events, origin: ctx.origin, twoFactor: ctx.app.twoFactor });
}
