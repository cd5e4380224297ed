import { createHash, randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { checkPageSize, decodeNumericCursor, encodeCursor } from '../../common/cursor.js';
import { ProblemList } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { User } from '../../entities/auth/user.entity.js';
import { OffAppChannel, StaffNotificationKind } from '../../entities/staff-notifications/staff-notification.enums.js';
import { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import { StaffNotificationSettings, type OffAppChoice } from '../../entities/staff-notifications/staff-notification-settings.entity.js';
import type { Actor } from '../../graphql/actor.js';
import { defaultChannels } from './off-app.js';
import type { StaffNotificationSettingsInput, StaffNotificationSettingsView, TelegramLinkCode } from './staff-notification.types.js';

/** How long a Telegram link code works. */
export const LINK_CODE_TTL_MS = 10 * 60_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const hashCode = (code: string): string => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
const minuteText = (minute: number | null) => (minute === null ? null : `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`);

/** A staff member's bell and its settings (#13). */
export class StaffNotificationsService {
  constructor(private readonly em: EntityManager) {}

  /** Newest first; keyset-paged on id. */
  async list(actor: Actor, first: number, after: string | null, unreadOnly: boolean) {
    checkPageSize(first);
    const where = { user: actor.userId, ...(unreadOnly ? { readAt: null } : {}), ...(after ? { id: { $lt: decodeNumericCursor(after, 1)[0]! } } : {}) };
    const rows = await this.em.find(StaffNotification, where, { orderBy: { id: 'desc' }, limit: first + 1, populate: ['ticket'] });
    return { items: rows.slice(0, first), hasNextPage: rows.length > first, cursorOf: (n: StaffNotification) => encodeCursor([n.id]) };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.em.count(StaffNotification, { user: actor.userId, readAt: null });
  }

  /** Marks some (or, with null, all) of the caller's notifications read; returns what is still unread. */
  async markRead(actor: Actor, ids: readonly string[] | null, now: Date): Promise<number> {
    if (ids !== null) {
      const problems = new ProblemList();
      ids.forEach((id, index) => idOf(id) === null && problems.add(`ids.${index}`, 'is not an id this API returned'));
      problems.throwIfAny();
    }
    const where = { user: actor.userId, readAt: null, ...(ids !== null ? { id: { $in: ids.map(Number) } } : {}) };
    await this.em.nativeUpdate(StaffNotification, where, { readAt: now });
    return this.unreadCount(actor);
  }

  async settings(actor: Actor): Promise<StaffNotificationSettingsView> {
    const user = await this.em.findOneOrFail(User, actor.userId);
    const settings = await this.em.findOne(StaffNotificationSettings, { user: actor.userId });
    const channels = settings?.channels ?? defaultChannels(user.role);
    return {
      preferences: Object.values(StaffNotificationKind).map((kind) => ({ kind, channels: channels[kind] ?? [] })),
      quietFrom: minuteText(settings?.quietFromMinute ?? null),
      quietUntil: minuteText(settings?.quietUntilMinute ?? null),
      telegramLinked: Boolean(settings?.telegramChatId),
      email: user.email,
    };
  }

  async updateSettings(actor: Actor, input: StaffNotificationSettingsInput, now: Date): Promise<StaffNotificationSettingsView> {
    const settings = await this.ensureSettings(actor, now);
    const problems = new ProblemList();
    const channels: OffAppChoice = { ...settings.channels };
    input.preferences?.forEach((preference, index) => {
      if (preference.channels.includes(OffAppChannel.TELEGRAM) && !settings.telegramChatId) {
        problems.add(`input.preferences.${index}.channels`, 'link a Telegram chat first (createTelegramLinkCode)');
      }
      channels[preference.kind] = [...new Set(preference.channels)];
    });
    if (input.quietFrom !== undefined || input.quietUntil !== undefined) {
      const from = input.quietFrom?.trim() ?? '';
      const until = input.quietUntil?.trim() ?? '';
      if (from === '' && until === '') Object.assign(settings, { quietFromMinute: null, quietUntilMinute: null });
      else {
        const parse = (text: string, field: string) => {
          const match = HH_MM.exec(text);
          if (!match) problems.add(field, 'must be a Moscow time HH:MM, e.g. 22:00');
          return match ? Number(match[1]) * 60 + Number(match[2]) : null;
        };
        const fromMinute = parse(from, 'input.quietFrom');
        const untilMinute = parse(until, 'input.quietUntil');
        if (fromMinute !== null && fromMinute === untilMinute) problems.add('input.quietUntil', 'must differ from quietFrom');
        Object.assign(settings, { quietFromMinute: fromMinute, quietUntilMinute: untilMinute });
      }
    }
    problems.throwIfAny();
    settings.channels = channels;
    settings.updatedAt = now;
    await this.em.flush();
    return this.settings(actor);
  }

  /** A one-time code (8 characters, 10 minutes) the staff member sends the bot as "/link CODE"; only its hash is stored. */
  async createLinkCode(actor: Actor, now: Date): Promise<TelegramLinkCode> {
    const settings = await this.ensureSettings(actor, now);
    const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
    const code = Array.from({ length: 8 }, () => alphabet[randomInt(alphabet.length)]).join('');
    settings.telegramLinkCodeHash = hashCode(code);
    settings.telegramLinkExpiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
    await this.em.flush();
    return { code, expiresAt: settings.telegramLinkExpiresAt, command: `/link ${code}` };
  }

  async unlinkTelegram(actor: Actor, now: Date): Promise<StaffNotificationSettingsView> {
    const settings = await this.ensureSettings(actor, now);
    settings.telegramChatId = null;
    for (const kind of Object.keys(settings.channels) as StaffNotificationKind[]) {
      settings.channels[kind] = (settings.channels[kind] ?? []).filter((c) => c !== OffAppChannel.TELEGRAM);
    }
    settings.channels = { ...settings.channels };
    await this.em.flush();
    return this.settings(actor);
  }

  private async ensureSettings(actor: Actor, now: Date): Promise<StaffNotificationSettings> {
    const existing = await this.em.findOne(StaffNotificationSettings, { user: actor.userId });
    if (existing) return existing;
    const user = await this.em.findOneOrFail(User, actor.userId);
    return this.em.create(StaffNotificationSettings, { user, channels: defaultChannels(user.role), updatedAt: now });
  }
}

/**
 * The bot's side of linking (#13): a chat that sends a valid, unexpired code becomes the staff member's
 * Telegram for notifications. Returns the person's name, or null for an unknown or expired code.
 */
export async function linkTelegramChat(em: EntityManager, code: string, chatId: string, now: Date): Promise<string | null> {
  return em.transactional(async (tx) => {
    const settings = await tx.findOne(StaffNotificationSettings, { telegramLinkCodeHash: hashCode(code), telegramLinkExpiresAt: { $gt: now } }, { populate: ['user'] });
    if (!settings || !settings.user.getEntity().active) return null;
    // One chat, one person: a chat linked before to someone else is theirs no more.
    await tx.nativeUpdate(StaffNotificationSettings, { telegramChatId: chatId, user: { $ne: settings.user.id } }, { telegramChatId: null });
    Object.assign(settings, { telegramChatId: chatId, telegramLinkCodeHash: null, telegramLinkExpiresAt: null, updatedAt: now });
    return settings.user.getEntity().fullName;
  });
}
