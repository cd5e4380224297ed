import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawResponse } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

function directives(response: RawResponse): Map<string, string> {
  const policy = String(response.headers['content-security-policy'] ?? '');
  return new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d.split(/\s+/).slice(1).join(' ')]));
}

/** #15: security headers on the console and the API, HSTS only behind TLS. */
describe.each(TEST_DATABASES)('security headers on %s', (kind) => {
  let t: TestApp;
  const consoleDir = mkdtempSync(join(tmpdir(), 'desk-console-'));
  beforeAll(async () => {
    writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
    // One trusted proxy in front, as docker-compose runs it.
    t = await startTestApp(kind, { env: { CONSOLE_DIR: consoleDir, TRUSTED_PROXIES: '1' } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(consoleDir, { recursive: true, force: true });
  });

  it.each(['/', '/queue', '/graphql', '/healthz', '/nothing-here'])('%s: CSP without inline scripts, no framing, no referrer, no sniffing', async (path) => {
    const response = await rawRequest(t.url, path, path === '/graphql' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ serviceLevels { level } }"}' } : {});
    const csp = directives(response);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(String(response.headers['content-security-policy'])).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('HSTS only when the request came over TLS at the trusted proxy, never over plain HTTP', async () => {
    expect((await rawRequest(t.url, '/healthz')).headers['strict-transport-security']).toBeUndefined();
    expect((await rawRequest(t.url, '/healthz', { headers: { 'x-forwarded-proto': 'http' } })).headers['strict-transport-security']).toBeUndefined();
    const behindTls = await rawRequest(t.url, '/healthz', { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindTls.headers['strict-transport-security']).toMatch(/max-age=31536000/);
  });

  it('without a trusted proxy a client cannot claim TLS', async () => {
    const direct = await startTestApp(kind, { env: { CONSOLE_DIR: '' } });
    try {
      expect((await rawRequest(direct.url, '/healthz', { headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await direct.close();
    }
  });
});
