import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Update ids already handled: Telegram redelivers an update its webhook did not acknowledge. */
@Entity({ tableName: 'telegram_updates' })
@Index({ properties: ['receivedAt'] })
export class TelegramUpdate {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: false })
  updateId!: number;

  @Property()
  receivedAt!: Date;
}
