import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL } from '../support/graphql-client.js';
import { rawRequest } from '../support/raw-http.js';
import { waitFor } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const adminUrl = process.env.TEST_DATABASE_URL;
const ME = '{ me { id email } }';

/** As the superuser on the shared server: cut (and bar, while `open` is false) every connection to `name`. */
async function setConnections(name: string, open: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`alter database ${name} allow_connections ${open}`);
    if (!open) await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
  } finally {
    await client.end();
  }
}

describe.skipIf(!adminUrl)('#16: a PostgreSQL connection loss answers SERVICE_UNAVAILABLE with Retry-After, and the server recovers by itself', () => {
  let database: TestDatabase;
  let desk: TestApp;
  let token: string;
  let name: string;
  beforeAll(async () => {
    database = await createTestDatabase('postgresql', { migrated: true });
    if (database.config.kind !== 'postgresql') throw new Error('unreachable');
    name = new URL(database.config.url).pathname.slice(1);
    desk = await startTestApp('postgresql', { database });
    token = await desk.login('agent1@demo.local');
  }, 60_000);
  afterAll(async () => {
    await setConnections(name, true).catch(() => undefined);
    await desk?.close();
    await database?.drop();
  });

  it('in-flight and new requests during the outage get 503 SERVICE_UNAVAILABLE + Retry-After, never INTERNAL_SERVER_ERROR; service resumes without a restart', async () => {
    // Requests in flight as the server's backends are terminated (57P01), then while the database refuses connections.
    const inFlight = Array.from({ length: 8 }, () => postGraphQL(desk.url, ME, {}, token));
    await setConnections(name, false);
    const during = await Promise.all([...inFlight, ...Array.from({ length: 4 }, () => postGraphQL(desk.url, ME, {}, token))]);
    // An anonymous mutation fails in its resolver rather than while authenticating: the same answer.
    const login = await postGraphQL(desk.url, 'mutation { login(email: "agent1@demo.local", password: "demo-password") { token } }');
    const health = await rawRequest(desk.url, '/healthz');
    const outageEnded = Date.now();
    await setConnections(name, true);

    const failed = [...during, login].filter((r) => r.body.errors?.length);
    expect(failed.length).toBeGreaterThan(0);
    for (const response of failed) {
      expect(response.body.errors!.map((e) => e.extensions?.code)).toEqual(response.body.errors!.map(() => 'SERVICE_UNAVAILABLE'));
      expect(response.status).toBe(503);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(response.body.errors![0]!.extensions?.retryAfterSeconds).toBe(Number(response.headers['retry-after']));
    }
    expect(login.status).toBe(503);
    expect(health.status).toBe(503);

    await waitFor(async () => !(await postGraphQL(desk.url, ME, {}, token)).body.errors, 30_000, 'the API to answer again');
    const recovered = await postGraphQL<{ me: { email: string } }>(desk.url, ME, {}, token);
    expect(recovered.body.data?.me.email).toBe('agent1@demo.local');
    console.log(`[#16 database outage] ${failed.length}/${during.length + 1} requests answered 503 SERVICE_UNAVAILABLE (0 INTERNAL_SERVER_ERROR); recovered ${Date.now() - outageEnded} ms after the database came back, without a restart`);
  }, 60_000);
});
