import type { EntityManager } from '@mikro-orm/core';
import { DeskSetting } from '../../entities/integrations/desk-setting.entity.js';

/** A typed desk-wide setting: its key in `desk_settings` and its value while no admin has set it. */
export interface SettingKey<T> {
  readonly key: string;
  readonly defaultValue: T;
}

/** Reads and writes desk-wide settings (#18); the caller's unit of work, flushed by the caller. */
export const DeskSettings = {
  async read<T>(em: EntityManager, setting: SettingKey<T>): Promise<T> {
    const row = await em.findOne(DeskSetting, { key: setting.key });
    return row ? (row.value as T) : setting.defaultValue;
  },

  /** The value before the change, for the audit entry. */
  async write<T>(em: EntityManager, setting: SettingKey<T>, value: T, at: Date): Promise<T> {
    const row = await em.findOne(DeskSetting, { key: setting.key });
    const before = row ? (row.value as T) : setting.defaultValue;
    if (row) Object.assign(row, { value, updatedAt: at });
    else em.create(DeskSetting, { key: setting.key, value, updatedAt: at });
    return before;
  },
};
