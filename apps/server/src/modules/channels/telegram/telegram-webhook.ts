import express, { type Express } from 'express';
import { webhookCallback, type Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { AppConfig } from '../../../config.js';
import type { TicketServices } from '../../tickets/index.js';
import type { Orm } from '../../../infra/database/orm.js';
import type { Logger } from '../../../infra/logger.js';
import { OutboxDispatcher } from '../../notifications/index.js';
import { linkTelegramChat } from '../../staff-notifications/index.js';
import type { AnswerSource } from './answer-source.js';
import { ShippedFaqAnswerSource } from './faq-answer-source.js';
import { createTelegramBot } from './telegram-bot.js';
import { TelegramChannel } from './telegram-channel.js';
import { TelegramDialog } from './telegram-dialog.js';

export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';

export interface TelegramWebhookDependencies {
  readonly orm: Orm;
  readonly services: TicketServices;
  readonly config: Pick<AppConfig, 'telegramBotToken' | 'telegramApiRoot' | 'telegramWebhookSecret' | 'outboxPollIntervalMs' | 'outboxMaxAttempts'>;
  readonly logger: Logger;
  /** Where answers to questions come from; the shipped FAQ when not given (the knowledge base can plug in here). */
  readonly answers?: AnswerSource;
  /** The bot's identity, when known: no getMe call before the first update. */
  readonly botInfo?: UserFromGetMe;
}

export interface TelegramWebhook {
  readonly bot: Bot;
  readonly dialog: TelegramDialog;
  /** Delivers TELEGRAM notifications from the outbox (started). */
  readonly notifier: OutboxDispatcher;
  readonly path: string;
  /** Stops delivering notifications (the route goes with the HTTP server). */
  close(): Promise<void>;
}

/**
 * The Telegram bot (TKT-12) in webhook mode on the app's HTTP server:
 * `POST /telegram/webhook`, accepted only with the secret token Telegram
 * sends in X-Telegram-Bot-Api-Secret-Token (set it with setWebhook's
 * `secret_token`). Null when TELEGRAM_BOT_TOKEN is not set. Mount before the
 * console's catch-all route.
 */
export function mountTelegramWebhook(app: Express, deps: TelegramWebhookDependencies): TelegramWebhook | null {
  const { config, logger } = deps;
  if (!config.telegramBotToken) return null;
  if (!config.telegramWebhookSecret) throw new Error('TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_BOT_TOKEN');
  const dialog = new TelegramDialog({
    orm: deps.orm,
    services: deps.services,
    answers: deps.answers ?? new ShippedFaqAnswerSource(),
    logger,
  });
  const bot = createTelegramBot(
    {
      token: config.telegramBotToken,
      apiRoot: config.telegramApiRoot,
      ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
      linkStaff: async (chatId, code) => {
        const name = await linkTelegramChat(deps.orm.em.fork(), code, chatId, deps.services.clock.now());
        return name
          ? `${name}, этот чат привязан к вашей учётной записи: уведомления службы поддержки будут приходить сюда.`
          : 'Код не подошёл или устарел. Получите новый в консоли: Уведомления → Telegram.';
      },
    },
    dialog,
    logger,
  );
  app.post(
    TELEGRAM_WEBHOOK_PATH,
    express.json({ limit: '1mb' }),
    webhookCallback(bot, 'express', {
      secretToken: config.telegramWebhookSecret,
      // Telegram waits about a minute; answering 200 late is better than a redelivery of an update being handled.
      onTimeout: 'return',
      timeoutMilliseconds: 25_000,
    }),
  );
  const notifier = new OutboxDispatcher(
    deps.orm,
    { clock: deps.services.clock, logger, events: deps.services.events, tickets: deps.services, channel: new TelegramChannel(bot.api) },
    { pollIntervalMs: config.outboxPollIntervalMs, maxAttempts: config.outboxMaxAttempts },
  );
  notifier.start();
  logger.info('telegram bot webhook mounted', { path: TELEGRAM_WEBHOOK_PATH, apiRoot: config.telegramApiRoot });
  return { bot, dialog, notifier, path: TELEGRAM_WEBHOOK_PATH, close: () => notifier.stop() };
}
