import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { NotAuthenticated } from '../../common/errors.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import type { RequestOrigin } from '../../graphql/context.js';
import { AuditLog } from '../audit/index.js';
import { verifyPassword } from './password.js';
import type { TokenService } from './token.service.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { demandSecondStep } from './two-factor/second-step.js';
import type { TwoFactorKit } from './two-factor/two-factor-kit.js';

// Compared against when the e-mail is unknown, so both failures take as long (no account probing).
const UNKNOWN_USER_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { readonly tokens: TokenService; readonly signInThrottle: SignInThrottle; readonly clock: Clock; readonly twoFactor: TwoFactorKit },
  ) {}

  /**
   * Failures are throttled per account and per client address (#15 finding 9); every attempt, good or bad, is in
   * the audit log with the address tried, the IP and the user agent (#12). A right password of a user with a
   * second factor due answers SECOND_FACTOR_REQUIRED (or …_ENROLMENT_REQUIRED) with a challenge, not a session,
   * and leaves the account's failures standing until the second step succeeds (#15).
   */
  async login(email: string, password: string, origin: RequestOrigin): Promise<{ token: string; user: User }> {
    const account = email.trim().toLowerCase().slice(0, 320);
    const address = origin.ip ?? 'unknown';
    const now = this.deps.clock.now();
    this.deps.signInThrottle.check(account, address, now);
    const user = await this.em.findOne(User, { email: account, active: true });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    const object = user ? { type: 'User', id: user.id } : null;
    if (!user || !valid) {
      this.deps.signInThrottle.failed(account, address, now);
      await AuditLog.record(this.em, { userId: null, email: account, origin }, { kind: AuditKind.SIGN_IN_FAILED, summary: `Sign-in failed for ${account}`, object }, now);
      await this.em.flush();
      throw new NotAuthenticated('Wrong e-mail or password');
    }
    await demandSecondStep(this.em, this.deps, user);
    this.deps.signInThrottle.succeeded(account);
    await AuditLog.record(this.em, { userId: user.id, email: user.email, origin }, { kind: AuditKind.SIGN_IN_SUCCEEDED, summary: `${user.email} signed in`, object }, now);
    await this.em.flush();
    return { token: await this.deps.tokens.issue({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }), user };
  }
}
