import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../../entities/enums.js';

export interface TokenClaims {
  readonly userId: number;
  readonly role: Role;
}

/** Signed bearer tokens (HS256). The user row is re-read at least every few seconds (ActorCache), so a deactivated user is locked out within that time. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<string> {
    return new SignJWT({ role: claims.role })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** Null for anything that is not a valid, unexpired token of ours. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const userId = Number(payload.sub);
      if (!Number.isInteger(userId)) return null;
      return { userId, role: payload.role as Role };
    } catch {
      return null;
    }
  }
}
