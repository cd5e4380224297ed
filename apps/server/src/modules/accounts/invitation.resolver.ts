import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Invitation } from '../../entities/auth/invitation.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { auditActorOf } from '../audit/index.js';
import { InviteUserInput, type AccountContext } from './accounts.types.js';
import { InvitationService, InvitationStatus, invitationStatus } from './invitation.service.js';

/** Admins, a partner's own admin, a customer organization's admin (the service checks which people). */
const MANAGERS = [Role.ADMIN, Role.PARTNER, Role.CUSTOMER];

@Resolver(() => Invitation)
export class InvitationResolver {
  @Authorized(...MANAGERS)
  @Query(() => [Invitation], { description: "Admins: every invitation; an organization's admin: its own; newest first" })
  invitations(@Ctx() ctx: AccountContext): Promise<Invitation[]> {
    return service(ctx).list(actorOf(ctx));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Invitation, { description: 'Invites someone by e-mail with a role: a one-time set-password link goes through the outbox' })
  inviteUser(@Arg('input') input: InviteUserInput, @Ctx() ctx: AccountContext): Promise<Invitation> {
    return service(ctx).invite(input, actorOf(ctx));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Invitation, { description: 'Sends a new link with a new expiry; the earlier link stops working' })
  resendInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountContext): Promise<Invitation> {
    return service(ctx).resend(id, actorOf(ctx));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Invitation, { description: 'The link stops working' })
  revokeInvitation(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountContext): Promise<Invitation> {
    return service(ctx).revoke(id, actorOf(ctx));
  }

  @FieldResolver(() => InvitationStatus)
  status(@Root() invitation: Invitation, @Ctx() ctx: AccountContext): InvitationStatus {
    return invitationStatus(invitation, ctx.app.clock.now());
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() invitation: Invitation): Promise<Organization | null> {
    return invitation.organization ? invitation.organization.load({ dataloader: true }) : Promise.resolve(null);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who invited' })
  invitedBy(@Root() invitation: Invitation): Promise<User | null> {
    return invitation.invitedBy ? invitation.invitedBy.load({ dataloader: true }) : Promise.resolve(null);
  }
}

function service(ctx: AccountContext): InvitationService {
  return new InvitationService(ctx.em, ctx.app.clock, ctx.app.accountLinks, auditActorOf(ctx));
}
