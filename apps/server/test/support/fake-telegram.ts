import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { mountTelegramWebhook, TELEGRAM_WEBHOOK_PATH, type TelegramWebhook } from '../../src/modules/channels/telegram/telegram-webhook.js';
import { recordingLogger } from './outbox-helpers.js';
import { waitFor } from './subscription-client.js';
import type { TestApp } from './test-app.js';

export const BOT_TOKEN = '123456789:TEST-token_for-the-fake-api';
export const WEBHOOK_SECRET = 'test-webhook-secret_42';

/** One Bot API call the bot made. */
export interface BotApiCall {
  readonly method: string;
  readonly payload: Record<string, any>;
}

/**
 * A local stand-in for api.telegram.org: answers the Bot API methods the bot
 * calls (`/bot<token>/<method>` → `{ ok: true, result }`) and records them.
 */
export interface FakeTelegramApi {
  readonly url: string;
  readonly calls: BotApiCall[];
  /** Texts sent to a chat with sendMessage, in order. */
  messagesTo(chatId: number): BotApiCall[];
  close(): Promise<void>;
}

export async function startFakeTelegramApi(): Promise<FakeTelegramApi> {
  const calls: BotApiCall[] = [];
  let messageId = 1000;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      res.setHeader('content-type', 'application/json');
      if (!match || match[1] !== BOT_TOKEN) {
        res.statusCode = 401;
        res.end(JSON.stringify({ ok: false, error_code: 401, description: 'Unauthorized' }));
        return;
      }
      const method = match[2]!;
      const body = Buffer.concat(chunks).toString('utf8');
      const payload = body ? (JSON.parse(body) as Record<string, any>) : {};
      calls.push({ method, payload });
      res.end(JSON.stringify({ ok: true, result: resultOf(method, payload, ++messageId) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    calls,
    messagesTo: (chatId) => calls.filter((c) => c.method === 'sendMessage' && Number(c.payload.chat_id) === chatId),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function resultOf(method: string, payload: Record<string, any>, messageId: number): unknown {
  switch (method) {
    case 'getMe':
      return { id: 123456789, is_bot: true, first_name: 'Техподдержка', username: 'confident_helpdesk_bot', can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false };
    case 'sendMessage':
      return { message_id: messageId, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: 'private' }, text: payload.text };
    default:
      return true;
  }
}

/** The bot's webhook on an HTTP server of its own, wired to the test app's database and services (one "process"). */
export interface TestTelegramWebhook {
  readonly url: string;
  readonly webhook: TelegramWebhook;
  /** POSTs one update as Telegram does; returns the HTTP status. */
  post(update: Record<string, unknown>, secret?: string | null): Promise<number>;
  close(): Promise<void>;
}

export async function startTestTelegramWebhook(t: TestApp, api: FakeTelegramApi): Promise<TestTelegramWebhook> {
  const app = express();
  const webhook = mountTelegramWebhook(app, {
    orm: t.app.orm,
    services: t.app.services,
    config: {
      telegramBotToken: BOT_TOKEN,
      telegramApiRoot: api.url,
      telegramWebhookSecret: WEBHOOK_SECRET,
      // Tests deliver notifications with notifier.dispatch(), not by the clock.
      outboxPollIntervalMs: 3_600_000,
      outboxMaxAttempts: 3,
    },
    logger: recordingLogger(),
  });
  if (!webhook) throw new Error('the telegram webhook was not mounted');
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${TELEGRAM_WEBHOOK_PATH}`;
  return {
    url,
    webhook,
    async post(update, secret = WEBHOOK_SECRET) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }) },
        body: JSON.stringify(update),
      });
      await response.arrayBuffer();
      return response.status;
    },
    async close() {
      await webhook.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let nextUpdateId = 500_000;
let nextMessageId = 1;

/** A Telegram user with a private chat (chat id = user id, as Telegram has it). */
export function telegramUser(id: number, firstName = 'Анна', username = `user${id}`) {
  const from = { id, is_bot: false, first_name: firstName, username, language_code: 'ru' };
  const chat = { id, type: 'private', first_name: firstName, username };
  const base = () => ({ message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat, from });
  return {
    id,
    /** A text message; a leading /command gets its bot_command entity like Telegram's. */
    text(text: string, updateId = nextUpdateId++) {
      const command = /^\/\w+/.exec(text)?.[0];
      return {
        update_id: updateId,
        message: { ...base(), text, ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}) },
      };
    },
    /** The user's own phone, shared with the "share my phone" button. */
    contact(phone: string, userId = id) {
      return { update_id: nextUpdateId++, message: { ...base(), contact: { phone_number: phone, first_name: firstName, user_id: userId } } };
    },
    /** An inline button pressed under one of the bot's messages. */
    button(data: string) {
      return {
        update_id: nextUpdateId++,
        callback_query: { id: String(nextUpdateId), from, chat_instance: `ci-${id}`, data, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat, text: '…' } },
      };
    },
  };
}

export async function waitForMessages(api: FakeTelegramApi, chatId: number, count: number): Promise<BotApiCall[]> {
  await waitFor(() => api.messagesTo(chatId).length >= count, 5_000, `${count} message(s) to chat ${chatId}`);
  return api.messagesTo(chatId);
}
