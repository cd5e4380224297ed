import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationHash } from '../../src/modules/integrations/index.js';
import { LEAD } from '../support/demo-data.js';
import { rawRequest } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const QUERY = 'query MyEmail { me { email } }';

/** #18: Apollo's automatic persisted queries (APQ) over POST /graphql, with the JSON error shapes of every HTTP error. */
describe.each(TEST_DATABASES)('automatic persisted queries on %s', (kind) => {
  let t: TestApp;
  let lead: string;
  const post = async (body: Record<string, unknown>) => {
    const response = await rawRequest(t.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${lead}` },
      body: JSON.stringify(body),
    });
    expect(response.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
    return { status: response.status, body: JSON.parse(response.text) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
  };
  const persisted = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
  beforeAll(async () => {
    t = await startTestApp(kind);
    lead = await t.login(LEAD);
  });
  afterAll(async () => t?.close());

  it('hash only: PERSISTED_QUERY_NOT_FOUND; hash with the query registers it; then the hash alone runs it', async () => {
    const hash = operationHash(QUERY);
    const unknown = await post({ extensions: persisted(hash) });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(await post({ query: QUERY, extensions: persisted(hash) })).toMatchObject({ status: 200, body: { data: { me: { email: LEAD } } } });
    expect(await post({ extensions: persisted(hash) })).toMatchObject({ status: 200, body: { data: { me: { email: LEAD } } } });
  });

  it('a hash that is not the query’s is refused with 400 BAD_USER_INPUT, and nothing is registered under it', async () => {
    const wrong = operationHash('query Other { me { id } }');
    const refused = await post({ query: QUERY, extensions: persisted(wrong) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await post({ extensions: persisted(wrong) })).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
