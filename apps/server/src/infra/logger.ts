import type { AppConfig } from '../config.js';

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

const RANK = { silent: 0, error: 1, info: 2, debug: 3 } as const;

/** One JSON line per event on stderr/stdout: easy to read, easy to ship. */
export function createLogger(level: AppConfig['logLevel']): Logger {
  const write = (at: keyof typeof RANK, message: string, detail?: unknown) => {
    if (RANK[at] > RANK[level]) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level: at, message, ...(detail === undefined ? {} : { detail: describe(detail) }) });
    (at === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
  };
  return {
    error: (m, d) => write('error', m, d),
    info: (m, d) => write('info', m, d),
    debug: (m, d) => write('debug', m, d),
  };
}

/**
 * Database drivers (through knex) put the failed statement with its values inlined in front of the
 * database's message: passwords' hashes, personal data, tokens. Logs keep the database's own message
 * and code only (#15 finding 4).
 */
const STATEMENT_WITH_VALUES = /^(\s*(?:[\w.]+: )?)(?:select|insert|update|delete|with|create|alter|drop|pragma|begin|commit|rollback|savepoint|release)\b[\s\S]* - /i;

function withoutStatements(text: string): string {
  return text.replace(STATEMENT_WITH_VALUES, '$1[SQL statement withheld] - ');
}

function describe(detail: unknown): unknown {
  if (!(detail instanceof Error)) return detail;
  const { code, sqlState } = detail as { code?: unknown; sqlState?: unknown };
  return {
    name: detail.name,
    message: withoutStatements(detail.message),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof sqlState === 'string' ? { sqlState } : {}),
    // The stack repeats the message after the error's name.
    stack: detail.stack === undefined ? undefined : withoutStatements(detail.stack),
  };
}
