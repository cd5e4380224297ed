import type { EntityManager } from '@mikro-orm/core';
import { NotAuthenticated } from '../../common/errors.js';
import { User } from '../../entities/auth/user.entity.js';
import { verifyPassword } from './password.js';
import type { TokenService } from './token.service.js';

// Compared against when the e-mail is unknown, so both failures take as long (no account probing).
const UNKNOWN_USER_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly tokens: TokenService,
  ) {}

  async login(email: string, password: string): Promise<{ token: string; user: User }> {
    const user = await this.em.findOne(User, { email: email.trim().toLowerCase(), active: true });
    const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !valid) throw new NotAuthenticated('Wrong e-mail or password');
    return { token: await this.tokens.issue({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }), user };
  }
}
