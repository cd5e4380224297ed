import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Contact } from '../organizations/contact.entity.js';
import { SupportContract } from '../organizations/support-contract.entity.js';

/**
 * A private chat with the support bot (TKT-12): who it is bound to once the
 * customer identified themselves, and where the dialog stands. Kept in the
 * database, not in memory, so a dialog survives restarts and any server
 * process can take the next message.
 */
@Entity({ tableName: 'telegram_chats' })
export class TelegramChat {
  [OptionalProps]?: 'contact' | 'contract' | 'state' | 'draft' | 'displayName' | 'boundAt' | 'createdAt' | 'updatedAt' | 'version';

  @PrimaryKey()
  id!: number;

  /** Telegram's chat id (up to 52 bits), as a string. */
  @Property({ length: 32, unique: true })
  chatId!: string;

  @ManyToOne({ entity: () => Contact, ref: true, nullable: true })
  contact: Ref<Contact> | null = null;

  /** The contract the customer identified with (ID-1, ID-2); tickets from this chat are opened under it. */
  @ManyToOne({ entity: () => SupportContract, ref: true, nullable: true })
  contract: Ref<SupportContract> | null = null;

  /** Dialog step (see telegram-dialog.ts). */
  @Property({ length: 40 })
  state: string = 'IDLE';

  /** Answers collected so far in the current step sequence. */
  @Property({ type: 'json', nullable: true })
  draft: Record<string, string> | null = null;

  /** The Telegram user's name as shown to staff. */
  @Property({ type: 'string', length: 300, nullable: true })
  displayName: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  boundAt: Date | null = null;

  @Property()
  createdAt: Date = new Date();

  @Property()
  updatedAt: Date = new Date();

  /** Two messages of one chat handled at once by two processes: the later save loses instead of overwriting. */
  @Property({ version: true })
  version!: number;
}
