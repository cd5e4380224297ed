import type { ApiTokenHoldersQuery } from './graphql/apiTokenHolders.api';

export interface PartnerUserOption {
  id: string;
  label: string;
}

type Holder = ApiTokenHoldersQuery['apiTokenHolders'][number];

/** `apiTokenHolders` as picker options; the caller's own entry says so. */
export function partnerUserOptions(holders: readonly Holder[], meId: string | null, selfLabel: (name: string) => string): PartnerUserOption[] {
  return holders.map((user) => ({
    id: user.id,
    label: user.id === meId ? selfLabel(user.fullName) : `${user.fullName} (${user.email})${user.organization ? ` · ${user.organization.name}` : ''}`,
  }));
}
