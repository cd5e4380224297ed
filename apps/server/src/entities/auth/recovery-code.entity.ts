import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** One single-use recovery code of a user's two-factor sign-in (#15); only its SHA-256 is stored, the code is shown once. */
@Entity({ tableName: 'two_factor_recovery_codes' })
export class RecoveryCode {
  [OptionalProps]?: 'usedAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  user!: Ref<User>;

  @Property({ length: 64 })
  codeHash!: string;

  @Property()
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
