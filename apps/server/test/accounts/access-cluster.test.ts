import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../../src/entities/auth/user.entity.js';
import { LOGIN } from '../support/account-links.js';
import { ADMIN, AGENT1 } from '../support/demo-data.js';
import { expectCode } from '../support/expect-errors.js';
import { subscribe } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const redisUrl = process.env.TEST_REDIS_URL;

describe.skipIf(!process.env.TEST_DATABASE_URL || !redisUrl)('access revoked across processes (#12, one PostgreSQL, one Redis)', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase('postgresql', { migrated: true });
    a = await startTestApp('postgresql', { database, env: { REDIS_URL: redisUrl! } });
    b = await startTestApp('postgresql', { database, env: { REDIS_URL: redisUrl! } });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
    await database?.drop();
  });

  it("deactivating through process A closes the user's socket on process B with 4403 and B refuses the session", async () => {
    const agent = (await b.gql(LOGIN, { e: AGENT1, p: 'demo-password' })).login.token;
    // Process B has now seen (and cached) the session.
    expect((await b.gql('{ me { email } }', {}, agent)).me.email).toBe(AGENT1);
    const live = await subscribe(b.url, agent, 'subscription { queueChanged { version } }');
    expect(live.errors).toEqual([]);

    const id = (await a.app.orm.em.fork().findOneOrFail(User, { email: AGENT1 })).id;
    await a.gql(`mutation($u: ID!) { deactivateUser(userId: $u) { active } }`, { u: String(id) }, await a.login(ADMIN));
    await live.until(() => live.errors.some((e) => (e as { code?: number }).code === 4403), 10_000);
    await live.close();
    await expectCode(b, 'UNAUTHENTICATED', '{ me { email } }', {}, agent);
  });
});
