import type { Role } from '@/graphql/types.generated';

/** The API lets admins manage every token and a partner user its own organization's (`apiTokens`, `createApiToken`). */
export const TOKEN_ROLES: readonly Role[] = ['ADMIN', 'PARTNER'];

export function canManageTokens(role: Role | null | undefined): boolean {
  return role !== null && role !== undefined && TOKEN_ROLES.includes(role);
}

export type IntegratorTab = 'guide' | 'schema' | 'examples' | 'tokens';
export const TABS: readonly IntegratorTab[] = ['guide', 'schema', 'examples', 'tokens'];

/** The tab in the address (`?tab=schema`); a `type` to show means the schema. */
export function tabOf(query: Record<string, unknown>): IntegratorTab {
  const tab = typeof query.tab === 'string' ? query.tab : null;
  if (tab && (TABS as readonly string[]).includes(tab)) return tab as IntegratorTab;
  return typeof query.type === 'string' ? 'schema' : 'guide';
}
