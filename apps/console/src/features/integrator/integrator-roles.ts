import { hasRole } from '@/shared/auth/roles';
import type { Role } from '@desk/schema';

/** Who sees the tokens tab: admins (every token) and partner users (their organization's, or those acting as them). */
export const TOKEN_ROLES: readonly Role[] = ['ADMIN', 'PARTNER'];

export function canSeeTokens(role: Role | null | undefined): boolean {
  return hasRole(TOKEN_ROLES, role);
}

/** Who issues and revokes tokens: admins and a partner's own admin (`User.organizationAdmin`). */
export function canIssueTokens(user: { role: Role; organizationAdmin?: boolean | null } | null | undefined): boolean {
  return user?.role === 'ADMIN' || (user?.role === 'PARTNER' && user.organizationAdmin === true);
}

/** Webhook endpoints (#18) are managed by the same people as tokens; other partner users see none. */
export const canManageWebhooks = canIssueTokens;

export type IntegratorTab = 'guide' | 'schema' | 'examples' | 'tokens' | 'webhooks';
export const TABS: readonly IntegratorTab[] = ['guide', 'schema', 'examples', 'tokens', 'webhooks'];

/** The tab in the address (`?tab=schema`); a `type` to show means the schema. */
export function tabOf(query: Record<string, unknown>): IntegratorTab {
  const tab = typeof query.tab === 'string' ? query.tab : null;
  if (tab && (TABS as readonly string[]).includes(tab)) return tab as IntegratorTab;
  return typeof query.type === 'string' ? 'schema' : 'guide';
}
