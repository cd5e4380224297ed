import { SignJWT, jwtVerify } from 'jose';
import type { Role } from '../../entities/auth/role.enum.js';
import { idOf } from '../../common/ids.js';

export interface TokenClaims {
  readonly userId: number;
  readonly role: Role;
  /** The user's session version when the token was issued; a raised version ends the session. */
  readonly sessionVersion: number;
}

/**
 * Signed bearer tokens (HS256) carrying the user's session version: the user
 * row is re-read (or its cached actor evicted on `access.revoked`), so a
 * deactivated user or a changed password ends the session on the next request.
 */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async issue(claims: TokenClaims): Promise<string> {
    return new SignJWT({ role: claims.role, sv: claims.sessionVersion })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(claims.userId))
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** Null for anything that is not a valid, unexpired sign-in token of ours (a download grant is not one). */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      if (payload.aud !== undefined) return null;
      const userId = typeof payload.sub === 'string' ? idOf(payload.sub) : null;
      if (userId === null) return null;
      const sessionVersion = typeof payload.sv === 'number' ? payload.sv : 0;
      return { userId, role: payload.role as Role, sessionVersion };
    } catch {
      return null;
    }
  }

  /**
   * A short-lived grant to GET one download path as this user, for a plain
   * link (`?access=`): a browser streams a multi-GB image straight to disk,
   * which a fetch with an Authorization header would hold in memory first.
   */
  async issueDownload(userId: number, path: string, ttlSeconds: number): Promise<string> {
    return new SignJWT({ path })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(userId))
      .setAudience(DOWNLOAD_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user a download grant was issued to, when it is valid, unexpired and for this very path. */
  async verifyDownload(grant: string, path: string): Promise<number | null> {
    try {
      const { payload } = await jwtVerify(grant, this.key, { algorithms: ['HS256'], audience: DOWNLOAD_AUDIENCE });
      const userId = typeof payload.sub === 'string' ? idOf(payload.sub) : null;
      return payload.path === path ? userId : null;
    } catch {
      return null;
    }
  }
}

const DOWNLOAD_AUDIENCE = 'download';
