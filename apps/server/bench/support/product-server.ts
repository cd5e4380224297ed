import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../../src/seed/index.js';
import type { KeepAliveClient } from './http-client.js';

/** The environment of a product server under measurement: production mode, the demo accounts, no demo tickets, quiet. */
export function productServerEnv(extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORT: '0',
    HOST: '127.0.0.1',
    CONSOLE_DIR: '',
    LOG_LEVEL: 'error',
    SEED_DEMO: '1',
    SEED_DEMO_TICKETS: '0',
    ...extra,
  };
}

/** A bearer token of a demo account. */
export async function loginAs(http: KeepAliveClient, email: string): Promise<string> {
  const response = await http.post(
    '/graphql',
    JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: DEMO_PASSWORD } }),
  );
  const token = (JSON.parse(response.body) as { data?: { login?: { token?: string } } }).data?.login?.token;
  if (!token) throw new Error(`login as ${email} failed: HTTP ${response.status} ${response.body.slice(0, 300)}`);
  return token;
}

/** The queue's version as the console reads it before it subscribes (`queue { version }`). */
export async function queueVersion(http: KeepAliveClient, headers: Record<string, string>): Promise<number> {
  const response = await http.post('/graphql', JSON.stringify({ query: '{ queue(first: 1) { version } }' }), headers);
  const version = (JSON.parse(response.body) as { data?: { queue?: { version?: unknown } } }).data?.queue?.version;
  if (typeof version !== 'number') throw new Error(`queue { version } answered HTTP ${response.status}: ${response.body.slice(0, 300)}`);
  return version;
}
