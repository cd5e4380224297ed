import type { Clock } from '../common/clock.js';
import { addressOf } from '../common/mailbox.js';
import type { AppConfig } from '../config.js';
import type { EventBus } from '../infra/events/domain-events.js';
import type { Orm } from '../infra/database/orm.js';
import type { Logger } from '../infra/logger.js';
import type { AccountLinks, AccountServices } from '../modules/accounts/index.js';
import { AccessWatch, ActorCache, RateLimiter, SignInThrottle, TokenService, twoFactorKitOf } from '../modules/auth/index.js';
import type { DirectoryImportServices } from '../modules/directory-import/index.js';
import { ticketFileDownloads, type FileServices } from '../modules/files/index.js';
import { catalogFileDownloads } from '../modules/info-services/index.js';
import { outboxNotices, outboxSalesDesk } from '../modules/notifications/index.js';
import { LiveHub, type RealtimeServices } from '../modules/realtime/index.js';
import { CalendarService, ServiceHoursService, type CalendarChangeListener } from '../modules/sla/index.js';
import { calendarDeadlines } from '../modules/tickets/index.js';
import { searchIndexReaction, ViewsLive, type ViewsServices } from '../modules/views/index.js';
import { staffNotificationReaction } from '../modules/staff-notifications/index.js';
import { WebhookAudiences, webhookReaction, type WebhookServices } from '../modules/webhooks/index.js';
import { materialClosingReaction } from '../modules/material-requests/index.js';

/**
 * The long-lived collaborators every request shares, built once per process:
 * the union of what each module says it needs (its `…Services`), so a module
 * that asks for something the composition root does not provide fails the
 * type check here.
 */
export interface AppServices extends FileServices, RealtimeServices, ViewsServices, AccountServices, WebhookServices, DirectoryImportServices {}

/** The console's page of a ticket, for links in staff e-mails and Telegram messages. */
export function ticketLinkOf(config: Pick<AppConfig, 'publicUrl'>): (ticketId: number) => string {
  return (ticketId) => (ticketId > 0 ? `${config.publicUrl}/tickets/${ticketId}` : config.publicUrl);
}

/** The customer portal's page of a ticket, for links in customers' e-mails (#18). */
export function portalTicketLinkOf(config: Pick<AppConfig, 'publicUrl'>): (ticketId: number) => string {
  return (ticketId) => `${config.publicUrl}/portal/tickets/${ticketId}`;
}

/** The console's set-password page, where invitation and reset links lead. */
export function accountLinksOf(config: Pick<AppConfig, 'publicUrl' | 'invitationTtlHours' | 'passwordResetTtlMinutes'>): AccountLinks {
  return {
    setPasswordUrl: (token) => `${config.publicUrl}/set-password?token=${encodeURIComponent(token)}`,
    invitationTtlHours: config.invitationTtlHours,
    passwordResetTtlMinutes: config.passwordResetTtlMinutes,
  };
}

export function createAppServices(config: AppConfig, orm: Orm, events: EventBus, clock: Clock, logger: Logger): AppServices {
  const actorCache = new ActorCache();
  // SLA-5: an edit moves open BASIC deadlines; late-bound, as the reactions it runs need the calendar first.
  const onChange: CalendarChangeListener = (tx, change) => calendarDeadlines({ events, clock, atRiskShare: config.atRiskShare, reactions })(tx, change);
  const calendar = new CalendarService(() => orm.em.fork(), { preHolidayShortDays: config.preHolidayShortDays, clock, onChange });
  const reactions = [searchIndexReaction, staffNotificationReaction({ calendar, ticketLink: ticketLinkOf(config) }), webhookReaction(new WebhookAudiences(events)), materialClosingReaction];
  return {
    clock,
    events,
    calendar,
    atRiskShare: config.atRiskShare,
    serviceHours: new ServiceHoursService(() => orm.em.fork(), { basicDefault: config.serviceHoursBasic, clock, events }),
    // SLA-3: without a transport for its channel, a notice in the development mailbox counts as received.
    notices: outboxNotices({ email: config.smtpUrl !== null, telegram: config.telegramBotToken !== null }, { portalTicketUrl: portalTicketLinkOf(config) }),
    // #19: commercial questions go to the sales mailbox.
    sales: outboxSalesDesk(config.salesEmail),
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    rateLimiter: new RateLimiter(),
    apiTokenRateCeiling: config.apiTokenRateCeiling,
    actorCache,
    access: new AccessWatch(events, actorCache),
    accountLinks: accountLinksOf(config),
    signInThrottle: new SignInThrottle(),
    twoFactor: twoFactorKitOf(config.jwtSecret),
    deskAddress: addressOf(config.mailFrom),
    downloads: [ticketFileDownloads, catalogFileDownloads],
    live: new LiveHub(orm, events, logger, undefined, { retentionHours: config.eventLogRetentionHours }),
    views: new ViewsLive(orm, clock),
    reactions,
    webhooks: { requireHttps: config.production },
  };
}
