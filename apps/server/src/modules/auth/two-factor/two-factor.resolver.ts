import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Forbidden, NotAuthenticated } from '../../../common/errors.js';
import { Role } from '../../../entities/auth/role.enum.js';
import { SecuritySettings } from '../../../entities/auth/security-settings.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import { actorOf } from '../../../graphql/auth-checker.js';
import { perRequest, RequestBatch } from '../../../graphql/request-batch.js';
import { UserTwoFactor } from '../../../entities/auth/user-two-factor.entity.js';
import { auditActorOf } from '../../audit/index.js';
import { AuthPayload } from '../auth.resolver.js';
import type { AuthContext } from '../auth-services.js';
import { isTwoFactorOn } from './second-step.js';
import { readSecuritySettings, requireStaffTwoFactor } from './security-settings.js';
import { TwoFactorService } from './two-factor.service.js';
import { TwoFactorEnabled, TwoFactorSetup, TwoFactorStatus } from './two-factor.types.js';

const CHALLENGE_OF_LOGIN = 'The challenge `login` answered SECOND_FACTOR_ENROLMENT_REQUIRED with; signed in, leave it out';

/** Two-factor sign-in (#15): for people signed in themselves — an API token gets FORBIDDEN on every operation here. */
@Resolver(() => User)
export class TwoFactorResolver {
  @Authorized()
  @Query(() => TwoFactorStatus, { description: "The signed-in user's two-factor sign-in" })
  async twoFactorStatus(@Ctx() ctx: AuthContext): Promise<TwoFactorStatus> {
    return service(ctx).status(await signedInPerson(ctx));
  }

  @Mutation(() => TwoFactorSetup, { description: 'Begins enrolment: a new secret for an authenticator app, pending until confirmTwoFactorEnrolment' })
  async beginTwoFactorEnrolment(@Arg('challenge', () => String, { nullable: true, description: CHALLENGE_OF_LOGIN }) challenge: string | null, @Ctx() ctx: AuthContext): Promise<TwoFactorSetup> {
    return service(ctx).begin(await enrollingUser(ctx, challenge));
  }

  @Mutation(() => TwoFactorEnabled, { description: 'A current code of the new secret turns two-factor sign-in on; answers recovery codes and a session' })
  async confirmTwoFactorEnrolment(
    @Arg('code') code: string,
    @Arg('challenge', () => String, { nullable: true, description: CHALLENGE_OF_LOGIN }) challenge: string | null,
    @Ctx() ctx: AuthContext,
  ): Promise<TwoFactorEnabled> {
    return service(ctx).confirm(await enrollingUser(ctx, challenge), code);
  }

  @Mutation(() => AuthPayload, { description: 'The second step of sign-in: the challenge of SECOND_FACTOR_REQUIRED and a code or a recovery code' })
  completeSignIn(
    @Arg('challenge') challenge: string,
    @Arg('code', () => String, { nullable: true, description: 'The 6 digits the authenticator app shows' }) code: string | null,
    @Arg('recoveryCode', () => String, { nullable: true, description: 'One of the recovery codes, instead of a code; works once' }) recoveryCode: string | null,
    @Ctx() ctx: AuthContext,
  ): Promise<AuthPayload> {
    return service(ctx).completeSignIn(challenge, code ?? null, recoveryCode ?? null);
  }

  @Authorized()
  @Mutation(() => TwoFactorStatus, { description: 'Turns two-factor sign-in off, proven by a current code or the password (not while admins require it)' })
  async disableTwoFactor(
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('password', () => String, { nullable: true }) password: string | null,
    @Ctx() ctx: AuthContext,
  ): Promise<TwoFactorStatus> {
    const user = await signedInPerson(ctx);
    await service(ctx).disable(user, { code: code ?? null, password: password ?? null });
    return service(ctx).status(user);
  }

  @Authorized()
  @Mutation(() => [String], { description: 'New recovery codes, proven by a current code; the old ones stop working' })
  async regenerateRecoveryCodes(@Arg('code') code: string, @Ctx() ctx: AuthContext): Promise<string[]> {
    return service(ctx).regenerateRecoveryCodes(await signedInPerson(ctx), code);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Admins: turns a user's two-factor sign-in off (a lost phone); they enrol again" })
  resetUserTwoFactor(@Arg('userId', () => ID) userId: string, @Ctx() ctx: AuthContext): Promise<User> {
    return service(ctx).reset(userId, auditActorOf(ctx));
  }

  @Authorized(Role.ADMIN)
  @Query(() => SecuritySettings, { description: 'Admins: the desk-wide security settings' })
  securitySettings(@Ctx() ctx: AuthContext): Promise<SecuritySettings> {
    return readSecuritySettings(ctx.em);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SecuritySettings, { description: 'Admins: whether staff must sign in with a second factor; open sessions are left alone' })
  setStaffTwoFactorRequired(@Arg('required') required: boolean, @Ctx() ctx: AuthContext): Promise<SecuritySettings> {
    return requireStaffTwoFactor(ctx.em, required, auditActorOf(ctx), ctx.app.clock.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Two-factor sign-in on; for admins and the user themselves, else null' })
  async twoFactorEnabled(@Root() user: User, @Ctx() ctx: AuthContext): Promise<boolean | null> {
    const viewer = ctx.actor;
    if (!viewer || (viewer.role !== Role.ADMIN && viewer.userId !== user.id)) return null;
    return twoFactorOnBatch(ctx).load(user.id);
  }
}

/** An admin's users list asks for each row's state: one query for the lot. */
const twoFactorOnBatch = perRequest(
  (ctx) =>
    new RequestBatch(async (userIds: readonly number[]) => {
      const states = await ctx.em.find(UserTwoFactor, { user: { $in: [...userIds] } });
      return new Map(states.map((state) => [state.user.id, isTwoFactorOn(state)]));
    }, false),
);

function service(ctx: AuthContext): TwoFactorService {
  return new TwoFactorService(ctx.em, ctx.app, ctx.origin);
}

/** The caller, signed in as themselves: a second factor is a person's, never an integration's. */
async function signedInPerson(ctx: AuthContext): Promise<User> {
  const actor = actorOf(ctx);
  if (actor.viaApiToken) throw new Forbidden('An API token cannot manage two-factor sign-in');
  const user = await ctx.em.findOne(User, { id: actor.userId, active: true });
  if (!user) throw new NotAuthenticated();
  return user;
}

/** Who enrols: the holder of an enrolment challenge (sign-in while admins require 2FA), else the signed-in caller. */
function enrollingUser(ctx: AuthContext, challenge: string | null | undefined): Promise<User> {
  return challenge == null ? signedInPerson(ctx) : service(ctx).challengedUser(challenge, 'enrolment');
}
