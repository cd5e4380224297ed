import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from './server-process.js';
import { startTestApp, type TestApp } from './test-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';
import { waitFor } from './subscription-client.js';

const REDIS_SERVER = '/usr/bin/redis-server';
export const redisServerInstalled = existsSync(REDIS_SERVER);

export interface PrivateRedis {
  readonly url: string;
  /** SIGKILL, as an outage: resolves once it no longer answers. */
  kill(): Promise<void>;
  /** Starts it again on the same port (empty: nothing is persisted). */
  start(): Promise<void>;
}

/** A redis-server of this test's own on a free 127.0.0.1 port, which it may kill and start without disturbing anyone else's. */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const answers = async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  };
  const start = async () => {
    child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await waitFor(answers, 15_000, 'the private redis to answer');
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async kill() {
      if (!child) return;
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child?.kill('SIGKILL');
      await exited;
      child = null;
    },
  };
}

/** Two in-process apps over one new PostgreSQL database and a private Redis the test may kill and start again. */
export interface PairOverPrivateRedis {
  readonly redis: PrivateRedis;
  readonly database: TestDatabase;
  readonly a: TestApp;
  readonly b: TestApp;
  close(): Promise<void>;
}

export async function startPairOverPrivateRedis(): Promise<PairOverPrivateRedis> {
  const redis = await startPrivateRedis();
  const database = await createTestDatabase('postgresql', { migrated: true });
  const env = { REDIS_URL: redis.url };
  const a = await startTestApp('postgresql', { database, env });
  const b = await startTestApp('postgresql', { database, env });
  return {
    redis,
    database,
    a,
    b,
    async close() {
      await a.close();
      await b.close();
      await database.drop();
      await redis.kill();
    },
  };
}
