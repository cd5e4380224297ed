import { Entity, OneToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';
import type { OffAppChannel, StaffNotificationKind } from './staff-notification.enums.js';

/** Per kind, the off-app channels a staff member chose (absent kind: the bell only). */
export type OffAppChoice = Partial<Record<StaffNotificationKind, OffAppChannel[]>>;

/** A staff member's notification settings (#13): off-app channels per kind, quiet hours, the linked Telegram chat. */
@Entity({ tableName: 'staff_notification_settings' })
export class StaffNotificationSettings {
  [OptionalProps]?: 'quietFromMinute' | 'quietUntilMinute' | 'telegramChatId' | 'telegramLinkCodeHash' | 'telegramLinkExpiresAt';

  @OneToOne({ entity: () => User, ref: true, primary: true, owner: true, fieldName: 'user_id' })
  user!: Ref<User>;

  @Property({ type: 'json' })
  channels!: OffAppChoice;

  /** Personal quiet hours, Moscow minutes of the day [from, until); may wrap midnight (22:00–07:00). */
  @Property({ type: 'integer', nullable: true })
  quietFromMinute: number | null = null;

  @Property({ type: 'integer', nullable: true })
  quietUntilMinute: number | null = null;

  /** The chat the bot talks to this staff member in, linked by a one-time code. */
  @Property({ type: 'string', length: 32, nullable: true })
  telegramChatId: string | null = null;

  /** SHA-256 of the one-time link code; the code itself is shown once. */
  @Property({ type: 'string', length: 64, nullable: true })
  telegramLinkCodeHash: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  telegramLinkExpiresAt: Date | null = null;

  @Property()
  updatedAt!: Date;
}
