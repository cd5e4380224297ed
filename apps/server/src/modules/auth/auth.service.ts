import type { EntityManager } from '@mikro-orm/core';
import { NotAuthenticated } from '../../common/errors.js';
import { User } from '../../entities/auth/user.entity.js';
import { verifyPassword } from './password.js';
import type { TokenService } from './token.service.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import type { Clock } from '../../common/clock.js';

// Compared against when the e-mail is unknown, so both failures take as long (no account probing).
const UNKNOWN_USER_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { readonly tokens: TokenService; readonly signInThrottle: SignInThrottle; readonly clock: Clock },
  ) {}

  /** `address` is the client's, as the trusted proxies report it: failures are throttled per account and per address (#15 finding 9). */
  async login(email: string, password: string, address: string): Promise<{ token: string; user: User }> {
    const account = email.trim().toLowerCase();
    this.deps.signInThrottle.check(account, address, this.deps.clock.now());
    const user = await this.em.findOne(User, { email: account, active: true });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid) {
      this.deps.signInThrottle.failed(account, address, this.deps.clock.now());
      throw new NotAuthenticated('Wrong e-mail or password');
    }
    this.deps.signInThrottle.succeeded(account);
    return { token: await this.deps.tokens.issue({ userId: user.id, role: user.role }), user };
  }
}
