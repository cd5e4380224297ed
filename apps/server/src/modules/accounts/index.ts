/**
 * Accounts (#12): invitations, one-time set-password links (invitation,
 * "forgot password"), password rules, own password, and the admins' users:
 * roles, deactivation and reactivation.
 */
import { AccountResolver } from './account.resolver.js';
import { InvitationResolver } from './invitation.resolver.js';

export const ACCOUNT_RESOLVERS = [AccountResolver, InvitationResolver] as const;

export type { AccountLinks } from './account-links.js';
export { bootstrapAdmin, type BootstrapResult } from './bootstrap-admin.js';
export type { AccountServices } from './accounts.types.js';
export { passwordProblem } from './password-policy.js';
