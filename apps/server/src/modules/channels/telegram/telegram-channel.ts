import type { EntityManager } from '@mikro-orm/core';
import { GrammyError, type Api } from 'grammy';
import { Channel } from '../../../entities/tickets/ticket.enums.js';
import type { OutboxMessage } from '../../../entities/notifications/outbox-message.entity.js';
import { TelegramChat } from '../../../entities/channels/telegram-chat.entity.js';
import { Ticket } from '../../../entities/tickets/ticket.entity.js';
import { DeliveryError } from '../../../infra/delivery-error.js';
import type { OutboxChannel, SentNotice } from '../../notifications/index.js';

/**
 * The outbox's TELEGRAM notifications (SLA-3: "over the ticket's channel"),
 * sent to the chat bound to the ticket's contact person — a customer who
 * registered through the bot and left no e-mail. A contact without a bound
 * chat (or who blocked the bot) makes the notification FAILED on the
 * timeline: staff call them.
 */
export class TelegramChannel implements OutboxChannel {
  readonly channel = Channel.TELEGRAM;
  readonly label = 'Telegram';

  constructor(private readonly api: Pick<Api, 'sendMessage'>) {}

  async send(message: OutboxMessage, em: EntityManager): Promise<SentNotice> {
    // A staff member's notification (#13) goes to the chat they linked; its id is the recipient.
    if (message.user) return this.deliver(message.recipient, message);
    const ticket = message.ticket ? await em.findOne(Ticket, message.ticket.id) : null;
    const chat = ticket
      ? await em.findOne(TelegramChat, { contact: ticket.contact.id }, { orderBy: { boundAt: 'desc', id: 'desc' } })
      : null;
    if (!chat) throw new DeliveryError('the contact person has no Telegram chat bound to the bot', true);
    return this.deliver(chat.chatId, message);
  }

  private async deliver(chatId: string, message: OutboxMessage): Promise<SentNotice> {
    let sent: { message_id: number };
    try {
      sent = await this.api.sendMessage(chatId, `${message.subject}\n\n${message.body}`);
    } catch (error) {
      // 400 (chat not found) and 403 (bot blocked) will not get better by waiting.
      const permanent = error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403);
      throw new DeliveryError(error instanceof Error ? error.message : String(error), permanent);
    }
    // SLA-3: the Bot API's message id proves the chat received it.
    return { receipt: `Telegram message ${sent.message_id} in chat ${chatId}`, details: { chatId, telegramMessageId: sent.message_id } };
  }
}
