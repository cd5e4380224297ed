import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A one-time, expiring "forgot password" link; only a SHA-256 of its token is stored. */
@Entity({ tableName: 'password_resets' })
export class PasswordReset {
  [OptionalProps]?: 'usedAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  user!: Ref<User>;

  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property()
  createdAt!: Date;

  @Property()
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
