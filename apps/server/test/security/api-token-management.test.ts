import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../../src/entities/auth/api-token.entity.js';
import { ADMIN, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { postGraphQL } from '../support/graphql-client.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CREATE = `mutation($u: ID!, $n: String!, $l: Int) { createApiToken(userId: $u, name: $n, rateLimitPerMinute: $l) { token apiToken { id rateLimitPerMinute } } }`;
const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }';

/** #15 finding 5: tokens do not mint tokens, and no token's limit exceeds the operator's ceiling. */
describe.each(TEST_DATABASES)('managing API tokens on %s', (kind) => {
  let t: TestApp;
  let partnerId: string;
  let partner: string;
  beforeAll(async () => {
    // A standing clock: the per-minute window cannot roll over mid-test.
    t = await startTestApp(kind, { clock: new ManualClock(new Date()), env: { API_TOKEN_MAX_RATE_LIMIT: '5' } });
    partner = await t.login(PARTNER);
    partnerId = (await t.gql('{ me { id } }', {}, partner)).me.id;
  });
  afterAll(async () => t?.close());

  it("a partner API token cannot create a token, nor revoke one (its own included); the partner's admin, signed in, can", async () => {
    const { token, apiToken } = (await t.gql(CREATE, { u: partnerId, n: 'sync' }, partner)).createApiToken;
    await expectCode(t, 'FORBIDDEN', CREATE, { u: partnerId, n: 'minted', l: 5 }, token);
    await expectCode(t, 'FORBIDDEN', REVOKE, { id: apiToken.id }, token);
    expect(await t.app.orm.em.fork().count(ApiToken, { name: 'minted' })).toBe(0);
    expect((await t.gql(REVOKE, { id: apiToken.id }, partner)).revokeApiToken.revokedAt).not.toBeNull();
  });

  it('rateLimitPerMinute above API_TOKEN_MAX_RATE_LIMIT is BAD_USER_INPUT, for admins too; without one a token gets at most the ceiling', async () => {
    for (const signedIn of [partner, await t.login(ADMIN)]) {
      const error = await expectCode(t, 'BAD_USER_INPUT', CREATE, { u: partnerId, n: 'greedy', l: 100_000 }, signedIn);
      expect(fieldsOf(error)).toEqual(['rateLimitPerMinute']);
    }
    expect((await t.gql(CREATE, { u: partnerId, n: 'default' }, partner)).createApiToken.apiToken.rateLimitPerMinute).toBe(5);
  });

  it('a token stored with a higher limit (before the ceiling was lowered) is held to the ceiling', async () => {
    const { token, apiToken } = (await t.gql(CREATE, { u: partnerId, n: 'old', l: 5 }, partner)).createApiToken;
    await t.app.orm.em.fork().nativeUpdate(ApiToken, { id: Number(apiToken.id) }, { rateLimitPerMinute: 100_000 });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await postGraphQL(t.url, '{ me { id } }', {}, token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
  });
});
