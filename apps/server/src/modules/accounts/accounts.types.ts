import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../entities/auth/role.enum.js';
import type { RequestContext } from '../../graphql/context.js';
import type { TokenService, TwoFactorKit } from '../auth/index.js';
import { LinkPurpose, type AccountLinks } from './account-links.js';
import { InvitationStatus, type InviteUserCommand } from './invitation.service.js';

registerEnumType(LinkPurpose, { name: 'PasswordLinkPurpose', description: 'What a one-time set-password link is for' });
registerEnumType(InvitationStatus, { name: 'InvitationStatus', description: 'Where an invitation stands' });

/** What the accounts module needs beyond the core services. */
export interface AccountServices {
  readonly tokens: TokenService;
  readonly accountLinks: AccountLinks;
  readonly twoFactor: TwoFactorKit;
}

export type AccountContext = RequestContext<AccountServices>;

@InputType({ description: 'Whom to invite, with which role (#12)' })
export class InviteUserInput implements InviteUserCommand {
  @Field()
  email!: string;

  @Field()
  fullName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: "CUSTOMER: a customer organization; PARTNER: a partner; staff: none. An organization's admin: its own (the default)" })
  organizationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: "CUSTOMER or PARTNER: the new user administers its organization's people" })
  organizationAdmin?: boolean | null;
}

@ObjectType({ description: 'A valid one-time link, as the set-password page shows it' })
export class PasswordLink {
  @Field(() => LinkPurpose)
  purpose!: LinkPurpose;

  @Field()
  email!: string;

  @Field()
  fullName!: string;

  @Field()
  expiresAt!: Date;
}
