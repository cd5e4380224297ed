import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref, OptionalProps } from '@mikro-orm/core';
import { SupportLevel } from './sla.enums.js';
import { User } from '../auth/user.entity.js';

/**
 * One version of a level's service hours (LVL-2 as data, #14): in force from
 * `effectiveFrom` until the next version of the same level. Rows are never
 * changed, so the history is what tickets were registered under; each ticket
 * also keeps its own copy (`tickets.service_hours`, SLA-10).
 */
@Entity({ tableName: 'service_hours_settings' })
@Index({ name: 'service_hours_settings_level_idx', properties: ['supportLevel', 'effectiveFrom', 'id'] })
export class ServiceHoursSetting {
  [OptionalProps]?: 'periods' | 'changedBy';

  @PrimaryKey()
  id!: number;

  @Enum({ items: () => SupportLevel })
  supportLevel!: SupportLevel;

  /** "09:00-13:00,14:00-18:00" (Moscow), the tickets' format; null: 24×7 (EXTENDED only). */
  @Property({ type: 'string', length: 200, nullable: true })
  periods: string | null = null;

  @Property()
  effectiveFrom!: Date;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  changedBy: Ref<User> | null = null;

  @Property()
  createdAt!: Date;
}
