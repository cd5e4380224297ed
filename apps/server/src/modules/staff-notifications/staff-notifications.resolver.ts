import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { Forbidden, NotAuthenticated } from '../../common/errors.js';
import type { StaffNotification } from '../../entities/staff-notifications/staff-notification.entity.js';
import { actorOf } from '../../graphql/auth-checker.js';
import { isStaff, STAFF_ROLES } from '../../graphql/actor.js';
import type { RequestContext } from '../../graphql/context.js';
import { PageInfo } from '../../graphql/connection.js';
import type { RealtimeContext, StaffNotificationSignal } from '../realtime/index.js';
import { StaffNotificationsService } from './staff-notifications.service.js';
import {
  StaffNotificationEvent,
  StaffNotificationSettingsInput,
  StaffNotificationSettingsView,
  StaffNotificationView,
  TelegramLinkCode,
} from './staff-notification.types.js';

@ObjectType({ description: 'A page of your notifications, newest first' })
class StaffNotificationConnection {
  @Field(() => [StaffNotificationView])
  nodes!: StaffNotificationView[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  unreadCount!: number;
}

export function notificationView(n: StaffNotification): StaffNotificationView {
  return {
    id: String(n.id),
    kind: n.kind,
    text: n.text,
    data: n.data,
    ticket: n.ticket?.isInitialized() ? n.ticket.getEntity() : null,
    createdAt: n.createdAt,
    readAt: n.readAt,
    offAppStatus: n.offAppStatus,
    offAppChannels: n.offAppChannels ?? [],
    offAppDueAt: n.offAppDueAt,
  };
}

@Resolver()
export class StaffNotificationsResolver {
  @Authorized(...STAFF_ROLES)
  @Query(() => StaffNotificationConnection, { description: 'Staff: your notifications (the bell), newest first' })
  async staffNotifications(
    @Arg('first', () => Int, { defaultValue: 30 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<StaffNotificationConnection> {
    const service = new StaffNotificationsService(ctx.em);
    const actor = actorOf(ctx);
    const page = await service.list(actor, first, after, unreadOnly);
    const cursors = page.items.map(page.cursorOf);
    return {
      nodes: page.items.map(notificationView),
      unreadCount: await service.unreadCount(actor),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: after !== null, startCursor: cursors[0] ?? null, endCursor: cursors.at(-1) ?? null },
    };
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Int, { description: 'Marks these notifications of yours read (every tab follows); returns how many are still unread' })
  async markStaffNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: RequestContext): Promise<number> {
    const actor = actorOf(ctx);
    const unread = await new StaffNotificationsService(ctx.em).markRead(actor, ids, ctx.app.clock.now());
    ctx.app.events.publish({ type: 'staff.notifications.read', userId: actor.userId, notificationIds: ids.map(Number) });
    return unread;
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => Int, { description: 'Marks all your notifications read; returns 0' })
  async markAllStaffNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    const actor = actorOf(ctx);
    const unread = await new StaffNotificationsService(ctx.em).markRead(actor, null, ctx.app.clock.now());
    ctx.app.events.publish({ type: 'staff.notifications.read', userId: actor.userId, notificationIds: null });
    return unread;
  }

  @Authorized(...STAFF_ROLES)
  @Query(() => StaffNotificationSettingsView, { description: 'Staff: your off-app channels per kind, quiet hours, the linked Telegram' })
  staffNotificationSettings(@Ctx() ctx: RequestContext): Promise<StaffNotificationSettingsView> {
    return new StaffNotificationsService(ctx.em).settings(actorOf(ctx));
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => StaffNotificationSettingsView, { description: 'Chooses e-mail and/or Telegram per kind and personal quiet hours' })
  updateStaffNotificationSettings(@Arg('input', () => StaffNotificationSettingsInput) input: StaffNotificationSettingsInput, @Ctx() ctx: RequestContext): Promise<StaffNotificationSettingsView> {
    return new StaffNotificationsService(ctx.em).updateSettings(actorOf(ctx), input, ctx.app.clock.now());
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => TelegramLinkCode, { description: 'A one-time code (10 minutes) to link your Telegram chat: send "/link CODE" to the support bot' })
  createTelegramLinkCode(@Ctx() ctx: RequestContext): Promise<TelegramLinkCode> {
    return new StaffNotificationsService(ctx.em).createLinkCode(actorOf(ctx), ctx.app.clock.now());
  }

  @Authorized(...STAFF_ROLES)
  @Mutation(() => StaffNotificationSettingsView, { description: 'Unlinks your Telegram chat; Telegram is dropped from every kind' })
  unlinkTelegram(@Ctx() ctx: RequestContext): Promise<StaffNotificationSettingsView> {
    return new StaffNotificationsService(ctx.em).unlinkTelegram(actorOf(ctx), ctx.app.clock.now());
  }

  @Subscription(() => StaffNotificationEvent, {
    description: 'Staff: your bell live — every new notification, and notifications read in another tab, with the unread count',
    subscribe: ({ context }) => {
      const ctx = context as RealtimeContext;
      if (!ctx.actor) throw new NotAuthenticated();
      if (!isStaff(ctx.actor)) throw new Forbidden('Staff notifications are for support staff');
      return ctx.app.live.pubSub.subscribe('STAFF_NOTIFICATION', String(ctx.actor.userId));
    },
  })
  async staffNotification(@Root() signal: StaffNotificationSignal, @Ctx() ctx: RequestContext): Promise<StaffNotificationEvent> {
    const unreadCount = await new StaffNotificationsService(ctx.em.fork()).unreadCount(actorOf(ctx));
    if ('created' in signal) return { notification: notificationView(signal.created), readIds: null, allRead: false, unreadCount };
    return { notification: null, readIds: signal.readIds?.map(String) ?? null, allRead: signal.readIds === null, unreadCount };
  }
}
