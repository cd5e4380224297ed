import { createHash, randomBytes } from 'node:crypto';

/** What a one-time link is for; the token's prefix says it, so one console page serves both. */
export enum LinkPurpose { INVITATION = 'INVITATION', PASSWORD_RESET = 'PASSWORD_RESET' }

const PREFIX: Record<LinkPurpose, string> = { [LinkPurpose.INVITATION]: 'inv_', [LinkPurpose.PASSWORD_RESET]: 'rst_' };

/** A fresh link token (256 random bits) and the hash that is all the database keeps of it. */
export function newLinkToken(purpose: LinkPurpose): { token: string; hash: string } {
  const token = PREFIX[purpose] + randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The purpose a token claims, or null for text that cannot be one of ours. */
export function purposeOf(token: string): LinkPurpose | null {
  if (!/^[a-z]{3}_[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return (Object.keys(PREFIX) as LinkPurpose[]).find((p) => token.startsWith(PREFIX[p])) ?? null;
}

/** Where a link leads: the console's set-password page (PUBLIC_URL). */
export interface AccountLinks {
  setPasswordUrl(token: string): string;
  readonly invitationTtlHours: number;
  readonly passwordResetTtlMinutes: number;
}
