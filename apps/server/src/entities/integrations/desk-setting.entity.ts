import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A desk-wide setting an admin changes at run time (#18), one row per key with a JSON value; a key
 * without a row has its default. Each module reads and writes its own keys through a typed accessor.
 */
@Entity({ tableName: 'desk_settings' })
export class DeskSetting {
  @PrimaryKey({ length: 80 })
  key!: string;

  @Property({ type: 'json' })
  value!: unknown;

  @Property()
  updatedAt!: Date;
}
