import type { Role } from '@/graphql/types.generated';

export interface PartnerUserOption {
  id: string;
  label: string;
}

interface TokenUser {
  id: string;
  email: string;
  fullName: string;
  organization: { name: string } | null;
}

/**
 * Whom a new token may act as. The API has no list of partner users, so the
 * choices are the caller itself (a partner) and the users existing tokens act as.
 */
export function partnerUserOptions(
  me: { id: string; fullName: string; role: Role } | null,
  tokenUsers: readonly TokenUser[],
  selfLabel: (name: string) => string,
): PartnerUserOption[] {
  const options = new Map<string, PartnerUserOption>();
  if (me && me.role === 'PARTNER') options.set(me.id, { id: me.id, label: selfLabel(me.fullName) });
  for (const user of tokenUsers) {
    if (options.has(user.id)) continue;
    const organization = user.organization ? ` · ${user.organization.name}` : '';
    options.set(user.id, { id: user.id, label: `${user.fullName} (${user.email})${organization}` });
  }
  return [...options.values()];
}
