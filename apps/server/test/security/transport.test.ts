import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ALFA } from '../support/demo-data.js';
import { rawRequest, type RawResponse } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const SECRET = new TextEncoder().encode(loadConfig({ NODE_ENV: 'test' }).jwtSecret);
const CREATE_VIEW = 'mutation { saveView(input: { name: "via GET", filter: {} }) { id } }';

function codeOf(response: RawResponse): unknown {
  expect(response.text).not.toMatch(/<html|\bat .*\(/i);
  return (JSON.parse(response.text) as { errors?: { extensions?: { code?: unknown } }[] }).errors?.[0]?.extensions?.code;
}

/** #15 transport suite: what reaches /graphql other than a well-formed JSON POST, and forged tokens. */
describe.each(TEST_DATABASES)('transport on %s', (kind) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    token = await t.login(ALFA);
  });
  afterAll(async () => t?.close());

  it('a GET without a preflight header is refused as a possible CSRF; a mutation over GET is refused even with one', async () => {
    const simple = await rawRequest(t.url, `/graphql?query=${encodeURIComponent('{ me { id } }')}`, { headers: { authorization: `Bearer ${token}` } });
    expect(simple.status).toBe(400);
    expect(codeOf(simple)).toBe('BAD_REQUEST');
    const mutation = await rawRequest(t.url, `/graphql?query=${encodeURIComponent(CREATE_VIEW)}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(mutation.status).toBe(405);
    expect(codeOf(mutation)).toBe('BAD_REQUEST');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])('a POST as %s (what a form on another site can send) runs nothing', async (contentType) => {
    const response = await rawRequest(t.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(codeOf(response)).toBe('BAD_REQUEST');
  });

  it('batched requests (a JSON array) are refused', async () => {
    const response = await rawRequest(t.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ serviceLevels { level } }' }, { query: '{ serviceLevels { level } }' }]),
    });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('BAD_REQUEST');
  });

  describe('forged sign-in tokens are UNAUTHENTICATED', () => {
    const me = async (bearer: string) =>
      codeOf(await rawRequest(t.url, '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: '{"query":"{ me { id } }"}' }));
    const base64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

    it('alg "none"', async () => {
      expect(await me(`${base64({ alg: 'none', typ: 'JWT' })}.${base64({ sub: '1', role: 'ADMIN', exp: 4_102_444_800 })}.`)).toBe('UNAUTHENTICATED');
    });
    it('signed with another key', async () => {
      const forged = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(48)));
      expect(await me(forged)).toBe('UNAUTHENTICATED');
    });
    it('expired', async () => {
      const expired = await new SignJWT({ role: 'CUSTOMER' }).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuedAt(1_700_000_000).setExpirationTime(1_700_000_060).sign(SECRET);
      expect(await me(expired)).toBe('UNAUTHENTICATED');
    });
    it('tampered payload (a customer made admin)', async () => {
      const [header, , signature] = token.split('.');
      expect(await me(`${header}.${base64({ sub: '1', role: 'ADMIN', exp: 4_102_444_800 })}.${signature}`)).toBe('UNAUTHENTICATED');
    });
    it('garbage and a huge header', async () => {
      expect(await me('not.a.token')).toBe('UNAUTHENTICATED');
      expect(await me('a'.repeat(6000))).toBe('UNAUTHENTICATED');
    });
  });
});
