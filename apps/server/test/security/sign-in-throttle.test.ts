import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { AGENT2, ALFA, BETA, LEAD } from '../support/demo-data.js';
import { openSocket } from '../support/socket-operation.js';
import { rawRequest } from '../support/raw-http.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

/** #15 finding 9: failed sign-ins back off exponentially per account and per client address. */
describe.each(TEST_DATABASES)('sign-in throttling on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-11T07:00:00Z'));
  beforeAll(async () => {
    // One reverse proxy in front (as in docker-compose): X-Forwarded-For's last entry is the client.
    t = await startTestApp(kind, { clock, env: { TRUSTED_PROXIES: '1' } });
  });
  afterAll(async () => t?.close());

  async function signIn(email: string, password: string, from: string) {
    const response = await rawRequest(t.url, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
    });
    const body = JSON.parse(response.text) as { data?: { login?: { token: string } } | null; errors?: { extensions: { code: string; retryAfterSeconds?: number } }[] };
    return { status: response.status, retryAfter: response.headers['retry-after'], code: body.errors?.[0]?.extensions.code ?? 'OK' };
  }

  it('after five wrong passwords the account waits 1 s, then 2 s, then 4 s — the right password included, with 429 and Retry-After', async () => {
    for (let i = 0; i < 6; i += 1) expect((await signIn(ALFA, 'wrong', '203.0.113.1')).code).toBe('UNAUTHENTICATED');
    expect(await signIn(ALFA, DEMO_PASSWORD, '203.0.113.1')).toEqual({ status: 429, retryAfter: '1', code: 'RATE_LIMITED' });
    // From another address too: the account itself is the target.
    expect((await signIn(ALFA, DEMO_PASSWORD, '198.51.100.7')).code).toBe('RATE_LIMITED');
    for (const wait of [1, 2, 4]) {
      clock.advance(wait);
      expect((await signIn(ALFA, 'wrong', '203.0.113.1')).code).toBe('UNAUTHENTICATED');
      expect((await signIn(ALFA, DEMO_PASSWORD, '203.0.113.1')).retryAfter).toBe(String(wait * 2));
    }
    clock.advance(8);
    expect((await signIn(ALFA, DEMO_PASSWORD, '203.0.113.1')).code).toBe('OK');
    // Success clears the account's record: one slip later is not punished.
    expect((await signIn(ALFA, 'wrong', '203.0.113.1')).code).toBe('UNAUTHENTICATED');
    expect((await signIn(ALFA, DEMO_PASSWORD, '203.0.113.1')).code).toBe('OK');
  });

  it('a hundred wrong passwords in a row leave the right one refused', async () => {
    const outcomes = new Set<string>();
    for (let i = 0; i < 100; i += 1) outcomes.add((await signIn(BETA, `guess-${i}`, `192.0.2.${i}`)).code);
    expect([...outcomes].sort()).toEqual(['RATE_LIMITED', 'UNAUTHENTICATED']);
    expect(await signIn(BETA, DEMO_PASSWORD, '192.0.2.200')).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
  });

  it('one address guessing across many accounts is throttled after 20 failures, for every account; other addresses are not', async () => {
    for (let i = 0; i < 21; i += 1) expect((await signIn(`nobody-${i}@demo.local`, 'wrong', '203.0.113.99')).code).toBe('UNAUTHENTICATED');
    expect((await signIn(LEAD, DEMO_PASSWORD, '203.0.113.99')).code).toBe('RATE_LIMITED');
    expect((await signIn(LEAD, DEMO_PASSWORD, '203.0.113.100')).code).toBe('OK');
    // The client's own X-Forwarded-For entries are not believed: only the proxy's last one counts.
    expect((await signIn(LEAD, DEMO_PASSWORD, '198.51.100.1, 203.0.113.99')).code).toBe('RATE_LIMITED');
  });

  it('sign-in over the WebSocket is throttled the same way', async () => {
    for (let i = 0; i < 6; i += 1) await signIn(AGENT2, 'wrong', '203.0.113.5');
    // Sockets open only with a token (4403 otherwise); a signed-in script may still try other accounts on it.
    const socket = await openSocket(t.url, await t.login(LEAD));
    try {
      const outcome = await socket.run(LOGIN, { e: AGENT2, p: DEMO_PASSWORD });
      expect(outcome.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    } finally {
      await socket.close();
    }
  });
});
