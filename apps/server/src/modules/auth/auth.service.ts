import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { NotAuthenticated } from '../../common/errors.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import type { RequestOrigin } from '../../graphql/context.js';
import { AuditLog } from '../audit/index.js';
import { verifyPassword } from './password.js';
import type { TokenService } from './token.service.js';

// Compared against when the e-mail is unknown, so both failures take as long (no account probing).
const UNKNOWN_USER_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
  ) {}

  /** Every attempt, good or bad, is in the audit log with the address tried, the IP and the user agent. */
  async login(email: string, password: string, origin: RequestOrigin): Promise<{ token: string; user: User }> {
    const address = email.trim().toLowerCase().slice(0, 320);
    const user = await this.em.findOne(User, { email: address, active: true });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    const object = user ? { type: 'User', id: user.id } : null;
    if (!user || !valid) {
      await AuditLog.record(this.em, { userId: null, email: address, origin }, { kind: AuditKind.SIGN_IN_FAILED, summary: `Sign-in failed for ${address}`, object }, this.clock.now());
      await this.em.flush();
      throw new NotAuthenticated('Wrong e-mail or password');
    }
    await AuditLog.record(this.em, { userId: user.id, email: user.email, origin }, { kind: AuditKind.SIGN_IN_SUCCEEDED, summary: `${user.email} signed in`, object }, this.clock.now());
    await this.em.flush();
    return { token: await this.tokens.issue({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }), user };
  }
}
