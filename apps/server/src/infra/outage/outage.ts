import { ServiceUnavailable } from '../../common/errors.js';

/**
 * Whether a failure means "a backing service (PostgreSQL, SQLite's lock, Redis) is unreachable right
 * now" rather than "this request is wrong" or "the code is wrong" (#16). Such a failure is worth
 * retrying: the operation did not run to completion, and the same request may succeed in a moment.
 */

/** How long a client should wait before retrying an operation refused for an outage (HTTP Retry-After). */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

// PostgreSQL SQLSTATEs: 57P01 admin_shutdown (pg_terminate_backend), 57P02 crash_shutdown,
// 57P03 cannot_connect_now (starting up); class 08 is every connection exception.
const PG_OUTAGE_STATES = new Set(['57P01', '57P02', '57P03']);
// Sockets that could not be opened or were cut; SQLite's lock held past busy_timeout.
const SYSTEM_OUTAGE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT']);
// Drivers that report a lost connection by message only: pg, knex's pool, ioredis.
const OUTAGE_MESSAGES = [
  'Connection terminated',
  'Connection ended unexpectedly',
  'is not currently accepting connections',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
  'Knex: Timeout acquiring a connection',
  'timeout exceeded when trying to connect',
  'Connection is closed',
  "Stream isn't writeable and enableOfflineQueue options is false",
  'Reached the max retries per request limit',
];

/** True when `error`, or anything in its `cause` chain, is an outage of a backing service. */
export function isOutage(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (PG_OUTAGE_STATES.has(code) || /^08[0-9A-Z]{3}$/.test(code) || SYSTEM_OUTAGE_CODES.has(code))) return true;
    if (typeof message === 'string' && OUTAGE_MESSAGES.some((m) => message.includes(m))) return true;
    // GraphQL wraps the driver's error as originalError; MikroORM and ioredis chain theirs as cause.
    const next = current as { cause?: unknown; originalError?: unknown };
    current = next.originalError ?? next.cause;
  }
  return false;
}

/** An outage as the domain error clients retry on; any other failure unchanged. */
export function asServiceUnavailable(error: unknown): unknown {
  return isOutage(error) ? new ServiceUnavailable(OUTAGE_RETRY_AFTER_SECONDS) : error;
}
