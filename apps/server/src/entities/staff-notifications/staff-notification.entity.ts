import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../auth/user.entity.js';
import { Ticket } from '../tickets/ticket.entity.js';
import { OffAppChannel, OffAppStatus, StaffNotificationKind } from './staff-notification.enums.js';

/**
 * One entry of a staff member's bell (#13), written in the transaction of the
 * change it reports, so it is never lost and its unread state is the same in
 * every tab and after a reload.
 */
@Entity({ tableName: 'staff_notifications' })
export class StaffNotification {
  [OptionalProps]?: 'ticket' | 'data' | 'readAt' | 'offAppStatus' | 'offAppChannels' | 'offAppDueAt';

  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => User, ref: true })
  user!: Ref<User>;

  @Enum({ items: () => StaffNotificationKind })
  kind!: StaffNotificationKind;

  @ManyToOne({ entity: () => Ticket, ref: true, nullable: true })
  ticket: Ref<Ticket> | null = null;

  /** One readable line, in Russian (the service language, LVL-5); the console words it from `kind` and `data`. */
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'json', nullable: true })
  data: Record<string, unknown> | null = null;

  @Property()
  createdAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;

  @Enum({ items: () => OffAppStatus })
  offAppStatus: OffAppStatus = OffAppStatus.NONE;

  @Property({ type: 'json', nullable: true })
  offAppChannels: OffAppChannel[] | null = null;

  /** WAITING: the instant it may go (the next opening of BASIC service, the end of quiet hours). */
  @Property({ type: 'datetime', nullable: true })
  offAppDueAt: Date | null = null;
}
