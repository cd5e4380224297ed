import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD } from '../support/demo-data.js';
import { rawRequest, type RawResponse } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

/** The JSON error of a response: its status and code, after checking it leaks no stack and no path on disk. */
function jsonError(response: RawResponse): { status: number; code: unknown } {
  expect(response.headers['content-type'], response.text).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.text).not.toMatch(/\bat .*\(|node_modules|\/work\/|stack/i);
  const body = JSON.parse(response.text) as { errors: { extensions?: { code?: unknown } }[] };
  return { status: response.status, code: body.errors[0]?.extensions?.code };
}

const post = (t: TestApp, body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  rawRequest(t.url, '/graphql', { method: 'POST', headers, body });

/** #15 finding 8: every error over HTTP is JSON with extensions.code and a 4xx where the caller is at fault. */
describe.each(TEST_DATABASES)('HTTP error shapes on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('malformed JSON is 400 BAD_REQUEST as JSON, not an HTML page with a stack trace', async () => {
    expect(jsonError(await post(t, '{"query": "{ me { id } }"'))).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });

  it('a body over the limit is 413 PAYLOAD_TOO_LARGE as JSON', async () => {
    const huge = JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(3 * 1024 * 1024) } });
    expect(jsonError(await post(t, huge))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('an operation over the depth or the cost limit is 400, not 500', async () => {
    const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(8)}name${' }'.repeat(8)} } } } } }`;
    expect(jsonError(await post(t, JSON.stringify({ query: deep })))).toEqual({ status: 400, code: 'OPERATION_TOO_COMPLEX' });
    const costly = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: tickets(first: 200) { edges { node { id organization { id name } assignee { id email } } } }`).join(' ')} }`;
    const response = await rawRequest(t.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.login(LEAD)}` },
      body: JSON.stringify({ query: costly }),
    });
    expect(jsonError(response)).toEqual({ status: 400, code: 'OPERATION_TOO_COMPLEX' });
  });

  it('an unknown endpoint is 404 NOT_FOUND as JSON', async () => {
    expect(jsonError(await rawRequest(t.url, '/nothing-here'))).toEqual({ status: 404, code: 'NOT_FOUND' });
  });
});
