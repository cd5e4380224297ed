import { Entity, OneToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';

/**
 * A user's two-factor sign-in (#15): the TOTP secret, encrypted (modules/auth/two-factor/secret-box.ts), never
 * returned after enrolment. A row with only `pendingSecret` is an enrolment begun and not yet confirmed.
 */
@Entity({ tableName: 'user_two_factor' })
export class UserTwoFactor {
  [OptionalProps]?: 'secret' | 'pendingSecret' | 'enabledAt' | 'lastUsedStep';

  @OneToOne({ entity: () => User, ref: true, primary: true, owner: true, fieldName: 'user_id' })
  user!: Ref<User>;

  /** The confirmed secret, encrypted; null while 2FA is off. */
  @Property({ type: 'text', nullable: true })
  secret: string | null = null;

  /** The secret of an enrolment begun and not yet confirmed with a code, encrypted. */
  @Property({ type: 'text', nullable: true })
  pendingSecret: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  enabledAt: Date | null = null;

  /** The 30-second step of the last code accepted: a code of that step or an earlier one is refused (RFC 6238 §5.2). */
  @Property({ type: 'integer', nullable: true })
  lastUsedStep: number | null = null;

  @Property()
  updatedAt!: Date;
}
