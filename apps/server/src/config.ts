import { resolve } from 'node:path';
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
  readonly logLevel: 'silent' | 'error' | 'info' | 'debug';
  /** How often each process looks for SLA deadlines its timer missed (SLA-7). */
  readonly slaSweepIntervalMs: number;
  /** Outbound mail (SMTP_URL, e.g. smtp://user:pass@host:587); null keeps notifications in the outbox (dev mailbox). */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** How often the outbox is polled for messages to deliver. */
  readonly outboxPollIntervalMs: number;
  /** Delivery attempts before a message is marked FAILED. */
  readonly outboxMaxAttempts: number;
  /** Where uploaded files live (TKT-10); defaults to DATA_DIR/files. */
  readonly filesDir: string;
  /** Largest file one upload may be (bytes). */
  readonly uploadMaxBytes: number;
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
  /** Telegram bot token (TELEGRAM_BOT_TOKEN); null: no bot. */
  readonly telegramBotToken: string | null;
  /** Bot API root (TELEGRAM_API_ROOT), e.g. a local Bot API server. */
  readonly telegramApiRoot: string;
  /** Checked against X-Telegram-Bot-Api-Secret-Token on every webhook call (TELEGRAM_WEBHOOK_SECRET). */
  readonly telegramWebhookSecret: string | null;
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
  if (jwtSecret.length < 32) problems.push('JWT_SECRET must be set to at least 32 characters in production');
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
    atRiskShare: share(env.SLA_AT_RISK_SHARE, 0.75, problems),
    preHolidayShortDays: flag(env.PRE_HOLIDAY_SHORT_DAYS ?? '0'),
    serviceHoursBasic: servicePeriods(env.SERVICE_HOURS_BASIC, problems),
    consoleDir: env.CONSOLE_DIR === '' ? null : resolve(cwd, env.CONSOLE_DIR ?? defaultConsoleDir()),
    maxQueryDepth: integer(env.MAX_QUERY_DEPTH, 10, 2, 50, 'MAX_QUERY_DEPTH', problems),
    maxQueryComplexity: integer(env.MAX_QUERY_COMPLEXITY, 20_000, 10, 1_000_000, 'MAX_QUERY_COMPLEXITY', problems),
    logLevel: logLevel(env.LOG_LEVEL, problems),
    slaSweepIntervalMs: integer(env.SLA_SWEEP_INTERVAL_MS, 5_000, 100, 3_600_000, 'SLA_SWEEP_INTERVAL_MS', problems),
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'Техническая поддержка <helpdesk@confident.ru>',
    outboxPollIntervalMs: integer(env.OUTBOX_POLL_INTERVAL_MS, 2_000, 50, 3_600_000, 'OUTBOX_POLL_INTERVAL_MS', problems),
    outboxMaxAttempts: integer(env.OUTBOX_MAX_ATTEMPTS, 8, 1, 100, 'OUTBOX_MAX_ATTEMPTS', problems),
    filesDir: resolve(cwd, env.FILES_DIR ?? resolve(dataDir, 'files')),
    uploadMaxBytes: integer(env.UPLOAD_MAX_BYTES, 2 * 1024 ** 3, 1, 64 * 1024 ** 3, 'UPLOAD_MAX_BYTES', problems),
    smtpInboundPort: env.SMTP_INBOUND_PORT?.trim() ? integer(env.SMTP_INBOUND_PORT.trim(), 0, 0, 65535, 'SMTP_INBOUND_PORT', problems) : null,
    inboundMailMaxBytes: integer(env.INBOUND_MAIL_MAX_BYTES, 25 * 1024 ** 2, 1024, 1024 ** 3, 'INBOUND_MAIL_MAX_BYTES', problems),
    inboundMailMaxRecipients: integer(env.INBOUND_MAIL_MAX_RECIPIENTS, 20, 1, 1000, 'INBOUND_MAIL_MAX_RECIPIENTS', problems),
    inboundMailMaxAttachments: integer(env.INBOUND_MAIL_MAX_ATTACHMENTS, 20, 0, 1000, 'INBOUND_MAIL_MAX_ATTACHMENTS', problems),
    publicUrl: publicUrl(env, problems),
    telegramBotToken: env.TELEGRAM_BOT_TOKEN?.trim() || null,
    telegramApiRoot: (env.TELEGRAM_API_ROOT?.trim() || 'https://api.telegram.org').replace(/\/+$/, ''),
    telegramWebhookSecret: telegramSecret(env, problems),
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
