import { ADMIN, PARTNER } from './demo-data.js';
import type { TestApp } from './test-app.js';

/** An API token an admin issued for the demo partner user: acts as the partner, scoped to its customers (Альфа). */
export async function issuePartnerToken(t: TestApp, name: string, rateLimitPerMinute: number | null = null): Promise<{ token: string; id: string }> {
  const partnerId = (await t.gql('{ me { id } }', {}, await t.login(PARTNER))).me.id;
  const created = await t.gql(
    'mutation($u: ID!, $n: String!, $l: Int) { createApiToken(userId: $u, name: $n, rateLimitPerMinute: $l) { token apiToken { id } } }',
    { u: partnerId, n: name, l: rateLimitPerMinute },
    await t.login(ADMIN),
  );
  return { token: created.createApiToken.token, id: created.createApiToken.apiToken.id };
}
