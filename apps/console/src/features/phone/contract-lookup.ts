import { moscowDateOf, normalizeIdentifier } from '@desk/sla';
import type { PhoneContractFragment } from './graphql/phoneContract.api';

/** What the caller dictates is looked up once it is this long (shorter prefixes match half the register). */
export const LOOKUP_MIN_LENGTH = 3;
/** Typing pauses this long before the lookup runs. */
export const LOOKUP_DEBOUNCE_MS = 300;

/**
 * ID-2 as the server applies it: support is provided while the contract is in
 * force on the day the request arrived (Moscow), i.e. the day the call started.
 */
export type Entitlement = 'ACTIVE' | 'EXPIRED' | 'NOT_STARTED';

export function entitlementOn(contract: Pick<PhoneContractFragment, 'validFrom' | 'validUntil'>, receivedAt: string): Entitlement {
  const at = new Date(receivedAt);
  const day = Number.isNaN(at.getTime()) ? moscowDateOf(new Date()) : moscowDateOf(at);
  if (day > contract.validUntil) return 'EXPIRED';
  if (day < contract.validFrom) return 'NOT_STARTED';
  return 'ACTIVE';
}

/**
 * - idle: too little typed to look up;
 * - searching: typing, or the lookup is on its way;
 * - found: one contract has exactly this identifier;
 * - candidates: identifiers start with it, none is it yet;
 * - unknown: no contract starts with it — the server would refuse the request (ID-1, ID-2).
 */
export type LookupState = 'idle' | 'searching' | 'found' | 'candidates' | 'unknown' | 'failed';

export function exactMatch<C extends Pick<PhoneContractFragment, 'identifier'>>(contracts: readonly C[], typed: string): C | null {
  const wanted = normalizeIdentifier(typed);
  if (!wanted) return null;
  return contracts.find((contract) => normalizeIdentifier(contract.identifier) === wanted) ?? null;
}

export function isLookupable(typed: string): boolean {
  return normalizeIdentifier(typed).length >= LOOKUP_MIN_LENGTH;
}

export function lookupState(input: {
  typed: string;
  /** The identifier the shown results were asked for. */
  settled: string;
  loading: boolean;
  failed: boolean;
  contracts: readonly Pick<PhoneContractFragment, 'identifier'>[];
}): LookupState {
  if (!isLookupable(input.typed)) return 'idle';
  if (input.loading || normalizeIdentifier(input.typed) !== normalizeIdentifier(input.settled)) return 'searching';
  if (input.failed) return 'failed';
  if (exactMatch(input.contracts, input.typed)) return 'found';
  return input.contracts.length > 0 ? 'candidates' : 'unknown';
}
