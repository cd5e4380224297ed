import { Bot, InlineKeyboard, Keyboard, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from '../../../infra/logger.js';
import type { ChatInput, ChatKeyboard, ChatReply } from './chat-messages.js';
import type { TelegramDialog } from './telegram-dialog.js';
import { TEXT } from './telegram-texts.js';

export interface TelegramBotOptions {
  readonly token: string;
  /** Bot API root, e.g. https://api.telegram.org or a local Bot API server. */
  readonly apiRoot: string;
  /** Known bot identity: spares the getMe call before the first update. */
  readonly botInfo?: UserFromGetMe;
  /** Links the chat to a staff account by a one-time code ("/link CODE", #13); returns the reply. */
  readonly linkStaff?: (chatId: string, code: string) => Promise<string>;
}

/** "/link ABCD2345" or the deep link "/start link-ABCD2345": the code, else null. */
export function staffLinkCode(text: string | undefined): string | null {
  const match = /^\/(?:link(?:@\w+)?\s+|start(?:@\w+)?\s+link-)([A-Za-z0-9]{6,16})\s*$/.exec(text?.trim() ?? '');
  return match ? match[1]!.toUpperCase() : null;
}

/**
 * grammY glue: Telegram updates in, dialog replies out through the Bot API.
 * Only private chats are served: identification binds a chat to one person.
 */
export function createTelegramBot(options: TelegramBotOptions, dialog: TelegramDialog, logger: Logger): Bot {
  const bot = new Bot(options.token, { client: { apiRoot: options.apiRoot }, ...(options.botInfo ? { botInfo: options.botInfo } : {}) });

  bot.on(['message', 'callback_query:data'], async (ctx) => {
    const chat = ctx.chat;
    if (!chat) return;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch((error: unknown) => logger.error('answerCallbackQuery failed', error));
    if (chat.type !== 'private') {
      if (ctx.message) await ctx.reply(TEXT.privateOnly);
      return;
    }
    const code = options.linkStaff ? staffLinkCode(ctx.message?.text) : null;
    if (code !== null) {
      await ctx.reply(await options.linkStaff!(String(chat.id), code));
      return;
    }
    await dialog.handle(inputOf(ctx), (reply) => send(ctx, reply));
  });

  // Acknowledge the update whatever happened (the dialog already told the user): a failing
  // update redelivered by Telegram for a day helps nobody.
  bot.catch((error) => logger.error('telegram update failed', error.error));
  return bot;
}

function inputOf(ctx: Context): ChatInput {
  const from = ctx.from;
  const name = from ? [from.first_name, from.last_name].filter(Boolean).join(' ') + (from.username ? ` (@${from.username})` : '') : null;
  const shared = ctx.message?.contact;
  return {
    updateId: ctx.update.update_id,
    chatId: String(ctx.chat!.id),
    displayName: name,
    ...(ctx.message?.text !== undefined ? { text: ctx.message.text } : {}),
    ...(shared ? { sharedPhone: { phone: shared.phone_number, own: shared.user_id !== undefined && shared.user_id === from?.id } } : {}),
    ...(ctx.callbackQuery?.data !== undefined ? { callbackData: ctx.callbackQuery.data } : {}),
  };
}

async function send(ctx: Context, reply: ChatReply): Promise<void> {
  await ctx.api.sendMessage(ctx.chat!.id, reply.text, reply.keyboard ? { reply_markup: markupOf(reply.keyboard) } : {});
}

function markupOf(keyboard: ChatKeyboard) {
  switch (keyboard.kind) {
    case 'sharePhone':
      return new Keyboard().requestContact(keyboard.label).resized().oneTime();
    case 'choices': {
      const inline = new InlineKeyboard();
      for (const choice of keyboard.choices) inline.text(choice.label, choice.data).row();
      return inline;
    }
    case 'remove':
      return { remove_keyboard: true as const };
  }
}
