import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Ticket } from '../tickets/ticket.entity.js';
import { TicketMessage } from '../tickets/ticket-message.entity.js';
import { User } from '../auth/user.entity.js';

/**
 * A completed upload attached to a ticket (TKT-10): logs, dumps, OS images,
 * msinfo32 reports, screenshots. Rows exist only for whole, checksummed files.
 */
@ObjectType({ description: 'A file attached to a ticket (TKT-10)' })
@Entity({ tableName: 'ticket_files' })
@Index({ properties: ['ticket', 'createdAt'] })
export class TicketFile {
  [OptionalProps]?: 'message' | 'uploadedBy';

  @Field(() => ID)
  @PrimaryKey()
  id!: number;

  @ManyToOne({ entity: () => Ticket, ref: true })
  ticket!: Ref<Ticket>;

  @ManyToOne({ entity: () => TicketMessage, ref: true, nullable: true })
  message: Ref<TicketMessage> | null = null;

  @Field()
  @Property({ length: 500 })
  fileName!: string;

  @Field()
  @Property({ length: 200 })
  contentType!: string;

  @Field(() => Float, { description: 'Bytes' })
  @Property({ type: 'bigint', columnType: 'bigint' })
  size!: string;

  @Field({ description: 'SHA-256 of the content, hex' })
  @Property({ length: 64 })
  sha256!: string;

  /** Where the storage backend keeps it; never shown. */
  @Property({ length: 500 })
  storageKey!: string;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  uploadedBy: Ref<User> | null = null;

  @Field()
  @Property()
  createdAt!: Date;
}
