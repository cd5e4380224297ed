import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startApp, type RunningApp } from '../../src/app/app.js';
import { ManualClock, systemClock, type Clock } from '../../src/common/clock.js';
import { loadConfig } from '../../src/config.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './test-database.js';
import { postGraphQL, type GraphQLErrorShape, type GraphQLResponse } from './graphql-client.js';

export interface TestApp {
  readonly app: RunningApp;
  readonly url: string;
  readonly clock: Clock;
  /** Runs an operation and returns data, failing the test on any error. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  /** Runs an operation expected to fail and returns its errors. */
  gqlErrors(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLErrorShape[]>;
  raw<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Signs in a demo account and returns its token. */
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly clock?: Clock;
  /** Join an existing database (a second process of one cluster); it is then not dropped on close. */
  readonly database?: TestDatabase;
  readonly seedDemoTickets?: boolean;
  /** Three months of closed demo history (#19); off unless a test reads it. */
  readonly seedDemoHistory?: boolean;
  readonly env?: Record<string, string>;
}

/** A real server on a random port over a fresh database with the demo data. */
export async function startTestApp(kind: DatabaseKind, options: TestAppOptions = {}): Promise<TestApp> {
  const ownsDatabase = !options.database;
  const database: TestDatabase = options.database ?? (await createTestDatabase(kind, { migrated: true }));
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', CONSOLE_DIR: '', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', SEED_DEMO: '1', ...options.env }),
    database: database.config,
    seedDemoTickets: options.seedDemoTickets ?? false,
    seedDemoHistory: options.seedDemoHistory ?? false,
  };
  const clock = options.clock ?? systemClock;
  const app = await startApp(config, { clock });
  const raw = async <T = any>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    (await postGraphQL<T>(app.url, query, variables, token)).body;
  const tokens = new Map<string, string>();
  return {
    app,
    url: app.url,
    clock,
    raw,
    async gql(query, variables, token) {
      const body = await raw(query, variables, token);
      if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as never;
    },
    async gqlErrors(query, variables, token) {
      const body = await raw(query, variables, token);
      if (!body.errors?.length) throw new Error(`expected errors, got ${JSON.stringify(body.data)}`);
      return body.errors;
    },
    async login(email) {
      const cached = tokens.get(email);
      if (cached) return cached;
      const body = await raw('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD });
      const token = (body.data as { login: { token: string } } | undefined)?.login.token;
      if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(body.errors)}`);
      tokens.set(email, token);
      return token;
    },
    async close() {
      await app.close();
      if (ownsDatabase) await database.drop();
    },
  };
}

export { ManualClock };

/**
 * A test app for one describe block whose clock is back at `at` before every
 * test: `ready` hands the suite the app once started; closed after the block.
 */
export function useClockedTestApp(kind: DatabaseKind, at: Date, ready: (t: TestApp, clock: ManualClock) => void): void {
  const clock = new ManualClock(at);
  let t: TestApp | null = null;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    ready(t, clock);
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.set(at));
}
