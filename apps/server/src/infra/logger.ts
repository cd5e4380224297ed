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

function describe(detail: unknown): unknown {
  return detail instanceof Error ? { name: detail.name, message: detail.message, stack: detail.stack } : detail;
}
