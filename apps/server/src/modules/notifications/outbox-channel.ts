import type { EntityManager } from '@mikro-orm/core';
import type { DeliveryChannel } from '../../entities/notifications/notification.enums.js';
import type { OutboxMessage } from '../../entities/notifications/outbox-message.entity.js';


/** What the receiving side answered: the proof of receipt of SLA-3. */
export interface SentNotice {
  /** One readable line: "Message-ID <…>; 250 OK: queued as …", "Telegram message 42 in chat 7". */
  readonly receipt: string;
  /** What the NOTIFICATION_SENT entry records besides the common fields. */
  readonly details: Record<string, unknown>;
}

/**
 * What sets one delivery channel apart, for OutboxDispatcher: claiming under
 * a lease, retries, fencing and the timeline are the same for every channel
 * and live in the dispatcher only.
 */
export interface OutboxChannel {
  /** The outbox messages this channel delivers; the others wait for their own channel. */
  readonly channel: DeliveryChannel;
  /** How timeline summaries and logs name the channel: "e-mail", "Telegram". */
  readonly label: string;
  /**
   * Where the message goes, for the timeline summary — only where the outbox
   * `recipient` is that address (an e-mail one); a Telegram chat is found
   * through the contact, so naming the recipient (a phone) would mislead.
   */
  addressee?(message: OutboxMessage): string;
  /**
   * Columns written together with the claim, so they are on the row while it
   * is being sent and stay the same across attempts (a Message-ID that lets a
   * re-sent mail be recognised).
   */
  claimFields?(id: number, ticketId: number | null): Partial<Pick<OutboxMessage, 'messageId'>>;
  /**
   * Delivers one claimed message and resolves to the receiving side's proof
   * of receipt; rejects with a {@link DeliveryError} saying whether retrying
   * can help.
   */
  send(message: OutboxMessage, em: EntityManager): Promise<SentNotice>;
  /** Releases what the channel owns, once the dispatcher sends nothing any more. */
  close?(): Promise<void> | void;
}
