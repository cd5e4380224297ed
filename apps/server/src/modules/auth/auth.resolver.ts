import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { NotAuthenticated } from '../../common/errors.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { STAFF_ROLES, isStaff } from '../../graphql/actor.js';
import { AuthService } from './auth.service.js';
import { type AuthContext } from './auth-services.js';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <token>` (HTTP) or connectionParams.authorization (WebSocket)' })
  token!: string;

  @Field(() => User)
  user!: User;
}

@Resolver(() => User)
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Exchanges e-mail and password for a bearer token' })
  async login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() ctx: AuthContext): Promise<AuthPayload> {
    return new AuthService(ctx.em, ctx.app).login(email, password, ctx.origin);
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in user' })
  async me(@Ctx() ctx: AuthContext): Promise<User> {
    const user = await ctx.em.findOne(User, actorOf(ctx).userId);
    if (!user) throw new NotAuthenticated();
    return user;
  }

  /** #15 finding 11 (SECURITY.md): staff addresses are not handed to customers and partners. */
  @FieldResolver(() => String)
  email(@Root() user: User, @Ctx() ctx: AuthContext): string {
    const viewer = ctx.actor;
    // Signed out, a user is only ever seen in its own login answer.
    const personal = !STAFF_ROLES.includes(user.role) || viewer === null || isStaff(viewer) || viewer.userId === user.id;
    return personal ? user.email : ctx.app.deskAddress;
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organization(@Root() user: User): Promise<Organization | null> {
    return user.organization ? user.organization.load({ dataloader: true }) : null;
  }
}
