import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export const QUEUE_STATE_ID = 1;

/**
 * One row whose `version` every queue-changing transaction increments first.
 * The row lock serializes those transactions across all server processes, so
 * versions follow commit order and each event's positions are exact.
 */
@Entity({ tableName: 'queue_state' })
export class QueueState {
  @PrimaryKey({ autoincrement: false })
  id!: number;

  @Property({ type: 'bigint', columnType: 'bigint' })
  version!: string;

  /** Every ticket change takes the next one (the views' live stream, #13); `version` counts queue changes only. */
  @Property({ type: 'bigint', columnType: 'bigint' })
  changeVersion!: string;

  /** Every SLA alert takes the next one (#16): the version `slaAlert(after:)` resumes from. */
  @Property({ type: 'bigint', columnType: 'bigint' })
  alertVersion!: string;
}
