import { SignJWT, jwtVerify } from 'jose';
import { idOf } from '../../../common/ids.js';

/** What the password step proved and what is still missing: a code, or enrolment first (staff, when required). */
export type ChallengePurpose = 'second-factor' | 'enrolment';

export interface ChallengeClaims {
  readonly userId: number;
  /** The user's session version at the password step: a new password or deactivation voids the challenge. */
  readonly sessionVersion: number;
  readonly purpose: ChallengePurpose;
}

/** Long enough to open the authenticator app (or scan a QR code and type a code back), short enough to be useless later. */
export const CHALLENGE_TTL_SECONDS = 10 * 60;

/**
 * The short-lived signed proof that a password was right, handed to the client instead of a session when a second
 * factor is still due (#15). Signed with the sign-in key under its own audience: TokenService.verify refuses any
 * token with an audience, so a challenge never works as a bearer token. Times come from the desk's clock.
 */
export class SignInChallenges {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: ChallengeClaims, now: Date): Promise<{ challenge: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const challenge = await new SignJWT({ sv: claims.sessionVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setAudience(audienceOf(claims.purpose))
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + CHALLENGE_TTL_SECONDS)
      .sign(this.key);
    return { challenge, expiresAt: new Date((issuedAt + CHALLENGE_TTL_SECONDS) * 1000) };
  }

  /** The claims of a valid, unexpired challenge of this purpose; null for anything else. */
  async verify(challenge: string, purpose: ChallengePurpose, now: Date): Promise<ChallengeClaims | null> {
    try {
      const { payload } = await jwtVerify(challenge, this.key, { algorithms: ['HS256'], audience: audienceOf(purpose), currentDate: now });
      const userId = typeof payload.sub === 'string' ? idOf(payload.sub) : null;
      if (userId === null || typeof payload.sv !== 'number') return null;
      return { userId, sessionVersion: payload.sv, purpose };
    } catch {
      return null;
    }
  }
}

function audienceOf(purpose: ChallengePurpose): string {
  return `sign-in:${purpose}`;
}
