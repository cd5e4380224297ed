import { resolve } from 'node:path';
import { COMPOSE_PLACEHOLDER_SECRET, weakSecretReason } from './common/secret-strength.js';
import { DEFAULT_SERVICE_HOURS, parseServicePeriods, type ServicePeriods } from '@desk/sla';

export type DatabaseConfig =
  | { kind: 'postgresql'; url: string }
  | { kind: 'sqlite'; file: string };

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseConfig;
  readonly dataDir: string;
  readonly redisUrl: string | null;
  readonly jwtSecret: string;
  readonly tokenTtlSeconds: number;
  readonly production: boolean;
  /** Seed the demo data into an empty database (API.md "Demo data"). */
  readonly seedDemo: boolean;
  /** Include a handful of open demo tickets so the console shows a live queue. */
  readonly seedDemoTickets: boolean;
  /** With the demo seed, three months of closed tickets, ratings and deflections (#19); SEED_DEMO_HISTORY, default as SEED_DEMO_TICKETS. */
  readonly seedDemoHistory: boolean;
  /** SLA-7: share of the response time after which a ticket is AT_RISK. */
  readonly atRiskShare: number;
  /** SLA-5 / art. 95: close BASIC service an hour early before public holidays. */
  readonly preHolidayShortDays: boolean;
  /** LVL-2: BASIC service hours for tickets registered from now on, one or several periods a day (SERVICE_HOURS_BASIC). */
  readonly serviceHoursBasic: ServicePeriods;
  /** The built console served at `/`; null serves no static files. */
  readonly consoleDir: string | null;
  readonly maxQueryDepth: number;
  readonly maxQueryComplexity: number;
  /** Reverse proxies in front of the server that append to X-Forwarded-For (TRUSTED_PROXIES): whose word gives the client's address. */
  readonly trustedProxies: number;
  /** The most requests per minute any partner API token may have (API_TOKEN_MAX_RATE_LIMIT, #15 finding 5). */
  readonly apiTokenRateCeiling: number;
  readonly logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** How often each process looks for SLA deadlines its timer missed (SLA-7). */
  readonly slaSweepIntervalMs: number;
  /** SIGTERM: how long in-flight requests may take to finish before their connections are cut (SHUTDOWN_GRACE_MS, #16). */
  readonly shutdownGraceMs: number;
  /** #16: how long the event log keeps events for subscribers that resume; older resume points answer RESET. */
  readonly eventLogRetentionHours: number;
  /** Outbound mail (SMTP_URL, e.g. smtp://user:pass@host:587); null keeps notifications in the outbox (dev mailbox). */
  readonly smtpUrl: string | null;
  /** #19: the sales mailbox (SALES_EMAIL) a COMMERCIAL_QUESTION is forwarded to — the agreement's contact for commercial matters. */
  readonly salesEmail: string;
  readonly mailFrom: string;
  /** How often the outbox is polled for messages to deliver. */
  readonly outboxPollIntervalMs: number;
  /** Delivery attempts before a message is marked FAILED. */
  readonly outboxMaxAttempts: number;
  /** Where uploaded files live (TKT-10); defaults to DATA_DIR/files. */
  readonly filesDir: string;
  /** Largest file one upload may be (bytes). */
  readonly uploadMaxBytes: number;
  /** The trusted mail relay's authserv-id (MAIL_AUTHSERV_ID): its Authentication-Results decide whether a sender is genuine; null trusts the MTA. */
  readonly mailAuthservId: string | null;
  /** Inbound e-mail listener port (SMTP_INBOUND_PORT; 0 picks a free one); null: no listener. */
  readonly smtpInboundPort: number | null;
  /** Largest inbound message (bytes); larger ones are bounced with SMTP 552. */
  readonly inboundMailMaxBytes: number;
  /** Recipients one inbound message may have (SMTP 452 beyond). */
  readonly inboundMailMaxRecipients: number;
  /** Attachments one inbound message may carry (SMTP 552 beyond). */
  readonly inboundMailMaxAttachments: number;
  /** Where people reach the console (PUBLIC_URL), for links in e-mails and Telegram messages. */
  readonly publicUrl: string;
  /** How long an invitation's set-password link works (INVITATION_TTL_HOURS, default 72). */
  readonly invitationTtlHours: number;
  /** How long a "forgot password" link works (PASSWORD_RESET_TTL_MINUTES, default 60). */
  readonly passwordResetTtlMinutes: number;
  /** Telegram bot token (TELEGRAM_BOT_TOKEN); null: no bot. */
  readonly telegramBotToken: string | null;
  /** Bot API root (TELEGRAM_API_ROOT), e.g. a local Bot API server. */
  readonly telegramApiRoot: string;
  /** Checked against X-Telegram-Bot-Api-Secret-Token on every webhook call (TELEGRAM_WEBHOOK_SECRET). */
  readonly telegramWebhookSecret: string | null;
  /** Attempts before a webhook message is FAILED (WEBHOOK_MAX_ATTEMPTS). */
  readonly webhookMaxAttempts: number;
  /** The wait after a webhook's first failed attempt, doubling after each (WEBHOOK_RETRY_BASE_MS). */
  readonly webhookRetryBaseMs: number;
  /** How long one webhook request may take (WEBHOOK_TIMEOUT_MS). */
  readonly webhookTimeoutMs: number;
  /** Failed webhook attempts in a row that disable an endpoint and tell its owner (WEBHOOK_DISABLE_AFTER_FAILURES). */
  readonly webhookDisableAfterFailures: number;
  /** Serve `GET /metrics` in the Prometheus text format (METRICS_ENABLED). */
  readonly metricsEnabled: boolean;
  /** Bearer token `/metrics` asks for (METRICS_TOKEN); required in production when metrics are enabled. */
  readonly metricsToken: string | null;
}

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

const DEV_JWT_SECRET = 'dev-only-secret-change-me-in-production-0123456789';

/** One typed, validated view of the environment; every variable is listed in README. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const production = env.NODE_ENV === 'production';
  const dataDir = resolve(cwd, env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL?.trim();
  let database: DatabaseConfig;
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must be a postgres:// URL');
    database = { kind: 'postgresql', url: databaseUrl };
  } else {
    database = { kind: 'sqlite', file: resolve(dataDir, 'desk.sqlite') };
  }
  const jwtSecret = env.JWT_SECRET ?? (production ? '' : DEV_JWT_SECRET);
  const weakSecret = weakSecretReason(jwtSecret, [DEV_JWT_SECRET, COMPOSE_PLACEHOLDER_SECRET]);
  // Outside production the development value is fine; in production a guessable key is an admin's token for anyone.
  if (production && weakSecret) problems.push(`JWT_SECRET ${weakSecret}: in production set a random one, e.g. openssl rand -base64 48`);
  else if (jwtSecret.length < 32) problems.push('JWT_SECRET must be at least 32 characters');
  const seedDemo =
    env.SEED_DEMO !== undefined ? flag(env.SEED_DEMO) : !production && database.kind === 'sqlite';
  const config: AppConfig = {
    port: integer(env.PORT, 4000, 0, 65535, 'PORT', problems),
    host: env.HOST ?? '0.0.0.0',
    database,
    dataDir,
    redisUrl: env.REDIS_URL?.trim() || null,
    jwtSecret,
    tokenTtlSeconds: integer(env.TOKEN_TTL_SECONDS, 12 * 3600, 60, 90 * 24 * 3600, 'TOKEN_TTL_SECONDS', problems),
    production,
    seedDemo,
    seedDemoTickets: env.SEED_DEMO_TICKETS !== undefined ? flag(env.SEED_DEMO_TICKETS) : seedDemo,
    seedDemoHistory: env.SEED_DEMO_HISTORY !== undefined ? flag(env.SEED_DEMO_HISTORY) : env.SEED_DEMO_TICKETS !== undefined ? flag(env.SEED_DEMO_TICKETS) : seedDemo,
    atRiskShare: share(env.SLA_AT_RISK_SHARE, 0.75, problems),
    preHolidayShortDays: flag(env.PRE_HOLIDAY_SHORT_DAYS ?? '0'),
    serviceHoursBasic: servicePeriods(env.SERVICE_HOURS_BASIC, problems),
    consoleDir: env.CONSOLE_DIR === '' ? null : resolve(cwd, env.CONSOLE_DIR ?? defaultConsoleDir()),
    maxQueryDepth: integer(env.MAX_QUERY_DEPTH, 10, 2, 50, 'MAX_QUERY_DEPTH', problems),
    maxQueryComplexity: integer(env.MAX_QUERY_COMPLEXITY, 20_000, 10, 1_000_000, 'MAX_QUERY_COMPLEXITY', problems),
    trustedProxies: integer(env.TRUSTED_PROXIES, 0, 0, 10, 'TRUSTED_PROXIES', problems),
    apiTokenRateCeiling: integer(env.API_TOKEN_MAX_RATE_LIMIT, 3_000, 1, 100_000, 'API_TOKEN_MAX_RATE_LIMIT', problems),
    logLevel: logLevel(env.LOG_LEVEL, problems),
    slaSweepIntervalMs: integer(env.SLA_SWEEP_INTERVAL_MS, 5_000, 100, 3_600_000, 'SLA_SWEEP_INTERVAL_MS', problems),
    shutdownGraceMs: integer(env.SHUTDOWN_GRACE_MS, 10_000, 0, 600_000, 'SHUTDOWN_GRACE_MS', problems),
    eventLogRetentionHours: integer(env.EVENT_LOG_RETENTION_HOURS, 72, 1, 24 * 365, 'EVENT_LOG_RETENTION_HOURS', problems),
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'Техническая поддержка <helpdesk@confident.ru>',
    salesEmail: env.SALES_EMAIL?.trim() || 'isc@confident.ru',
    outboxPollIntervalMs: integer(env.OUTBOX_POLL_INTERVAL_MS, 2_000, 50, 3_600_000, 'OUTBOX_POLL_INTERVAL_MS', problems),
    outboxMaxAttempts: integer(env.OUTBOX_MAX_ATTEMPTS, 8, 1, 100, 'OUTBOX_MAX_ATTEMPTS', problems),
    filesDir: resolve(cwd, env.FILES_DIR ?? resolve(dataDir, 'files')),
    uploadMaxBytes: integer(env.UPLOAD_MAX_BYTES, 2 * 1024 ** 3, 1, 64 * 1024 ** 3, 'UPLOAD_MAX_BYTES', problems),
    smtpInboundPort: env.SMTP_INBOUND_PORT?.trim() ? integer(env.SMTP_INBOUND_PORT.trim(), 0, 0, 65535, 'SMTP_INBOUND_PORT', problems) : null,
    mailAuthservId: env.MAIL_AUTHSERV_ID?.trim() || null,
    inboundMailMaxBytes: integer(env.INBOUND_MAIL_MAX_BYTES, 25 * 1024 ** 2, 1024, 1024 ** 3, 'INBOUND_MAIL_MAX_BYTES', problems),
    inboundMailMaxRecipients: integer(env.INBOUND_MAIL_MAX_RECIPIENTS, 20, 1, 1000, 'INBOUND_MAIL_MAX_RECIPIENTS', problems),
    inboundMailMaxAttachments: integer(env.INBOUND_MAIL_MAX_ATTACHMENTS, 20, 0, 1000, 'INBOUND_MAIL_MAX_ATTACHMENTS', problems),
    publicUrl: publicUrl(env, problems),
    invitationTtlHours: integer(env.INVITATION_TTL_HOURS, 72, 1, 30 * 24, 'INVITATION_TTL_HOURS', problems),
    passwordResetTtlMinutes: integer(env.PASSWORD_RESET_TTL_MINUTES, 60, 5, 24 * 60, 'PASSWORD_RESET_TTL_MINUTES', problems),
    telegramBotToken: env.TELEGRAM_BOT_TOKEN?.trim() || null,
    telegramApiRoot: (env.TELEGRAM_API_ROOT?.trim() || 'https://api.telegram.org').replace(/\/+$/, ''),
    telegramWebhookSecret: telegramSecret(env, problems),
    webhookMaxAttempts: integer(env.WEBHOOK_MAX_ATTEMPTS, 8, 1, 100, 'WEBHOOK_MAX_ATTEMPTS', problems),
    webhookRetryBaseMs: integer(env.WEBHOOK_RETRY_BASE_MS, 5_000, 10, 3_600_000, 'WEBHOOK_RETRY_BASE_MS', problems),
    // Below the outbox lease (60 s), so a slow endpoint never has its message taken over mid-request.
    webhookTimeoutMs: integer(env.WEBHOOK_TIMEOUT_MS, 10_000, 100, 30_000, 'WEBHOOK_TIMEOUT_MS', problems),
    webhookDisableAfterFailures: integer(env.WEBHOOK_DISABLE_AFTER_FAILURES, 20, 1, 10_000, 'WEBHOOK_DISABLE_AFTER_FAILURES', problems),
    metricsEnabled: flag(env.METRICS_ENABLED ?? '0'),
    metricsToken: metricsToken(env, production, problems),
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  return config;
}

function defaultConsoleDir(): string {
  return new URL('../../console/dist', import.meta.url).pathname;
}

function flag(value: string): boolean {
  return ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase());
}

function integer(raw: string | undefined, fallback: number, min: number, max: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer from ${min} to ${max}`);
    return fallback;
  }
  return value;
}

/** "09:00-13:00,14:00-18:00" (Moscow); unset: the agreement's 09:00–18:00. */
function servicePeriods(raw: string | undefined, problems: string[]): ServicePeriods {
  if (!raw?.trim()) return [DEFAULT_SERVICE_HOURS];
  try {
    return parseServicePeriods(raw);
  } catch (error) {
    problems.push(`SERVICE_HOURS_BASIC must be periods like 09:00-13:00,14:00-18:00: ${(error as Error).message}`);
    return [DEFAULT_SERVICE_HOURS];
  }
}

function share(raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0 && value < 1)) {
    problems.push('SLA_AT_RISK_SHARE must be a number between 0 and 1 (exclusive)');
    return fallback;
  }
  return value;
}

/** The queue and SLA figures are the business's own: in production a scrape must prove itself. */
function metricsToken(env: Env, production: boolean, problems: string[]): string | null {
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token !== null && token.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters');
  if (token === null && production && flag(env.METRICS_ENABLED ?? '0')) problems.push('METRICS_TOKEN is required with METRICS_ENABLED in production');
  return token;
}

/** Without the secret anyone could post updates as any chat; Telegram allows 1–256 of A–Z a–z 0–9 _ -. */
function telegramSecret(env: Env, problems: string[]): string | null {
  const secret = env.TELEGRAM_WEBHOOK_SECRET?.trim() || null;
  if (secret && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) problems.push('TELEGRAM_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -');
  if (!secret && env.TELEGRAM_BOT_TOKEN?.trim()) problems.push('TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_BOT_TOKEN is');
  return secret;
}

function publicUrl(env: Env, problems: string[]): string {
  const raw = env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || '4000'}`;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
    return url.toString().replace(/\/+$/, '');
  } catch {
    problems.push('PUBLIC_URL must be an http(s) URL, e.g. https://support.example.ru');
    return 'http://localhost:4000';
  }
}

function logLevel(raw: string | undefined, problems: string[]): AppConfig['logLevel'] {
  const value = raw ?? 'info';
  if (value === 'silent' || value === 'error' || value === 'info' || value === 'debug') return value;
  problems.push('LOG_LEVEL must be one of silent, error, info, debug');
  return 'info';
}
