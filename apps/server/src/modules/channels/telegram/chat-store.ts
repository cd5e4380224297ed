import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { TelegramChat } from '../../../entities/channels/telegram-chat.entity.js';
import { TelegramUpdate } from '../../../entities/channels/telegram-update.entity.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import { DialogState, type ChatInput } from './chat-messages.js';

const KEEP_UPDATES_MS = 7 * 24 * 3600_000;

/**
 * The bot's memory in the database: which updates were handled (Telegram
 * redelivers unacknowledged ones) and each chat's row, so any process can
 * take the next message and a restart loses nothing.
 */
export class ChatStore {
  constructor(private readonly deps: { readonly orm: Orm; readonly clock: Clock; readonly logger: Logger }) {}

  /** Records the update id; false when it was handled before (Telegram redelivers unacknowledged updates). */
  async claim(updateId: number): Promise<boolean> {
    const em = this.deps.orm.em.fork();
    const now = this.deps.clock.now();
    try {
      em.create(TelegramUpdate, { updateId, receivedAt: now });
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) return false;
      throw error;
    }
    if (updateId % 100 === 0) {
      await em.nativeDelete(TelegramUpdate, { receivedAt: { $lt: new Date(now.getTime() - KEEP_UPDATES_MS) } }).catch((error: unknown) => {
        this.deps.logger.error('pruning old telegram update ids failed', error);
      });
    }
    return true;
  }

  async chatOf(em: EntityManager, input: ChatInput): Promise<TelegramChat> {
    const existing = await em.findOne(TelegramChat, { chatId: input.chatId });
    if (existing) {
      if (input.displayName) existing.displayName = input.displayName;
      return existing;
    }
    try {
      const now = this.deps.clock.now();
      const created = em.create(TelegramChat, { chatId: input.chatId, displayName: input.displayName, state: DialogState.IDLE, createdAt: now, updatedAt: now });
      await em.flush();
      return created;
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      em.clear();
      return em.findOneOrFail(TelegramChat, { chatId: input.chatId });
    }
  }
}
