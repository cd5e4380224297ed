import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

describe.each(TEST_DATABASES)('server on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('answers /healthz when the database is reachable', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.status).toBe(200);
  });

  it('signs in a demo account', async () => {
    const token = await t.login('lead@demo.local');
    const data = await t.gql('{ me { email role } }', {}, token);
    expect(data.me).toEqual({ email: 'lead@demo.local', role: 'TEAM_LEAD' });
  });
});
