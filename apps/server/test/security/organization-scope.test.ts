import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, AGENT1, ALFA, BETA, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CONTRACTS = `query($org: ID) { contracts(organizationId: $org) { identifier organization { name } } }`;
const TICKETS = `query($org: ID) { tickets(first: 50, filter: { organizationId: $org }) { totalCount } }`;
const CREATE_TOKEN = `mutation($u: ID!) { createApiToken(userId: $u, name: "scope probe") { token } }`;

/** #15 finding 1 (LVL-1, ID-1): an argument naming an organization narrows the caller's scope, like `tickets`. */
describe.each(TEST_DATABASES)('organization arguments are scoped like tickets on %s', (kind) => {
  let t: TestApp;
  let org: Record<string, string>;
  let partnerToken: string;
  beforeAll(async () => {
    t = await startTestApp(kind);
    const admin = await t.login(ADMIN);
    const all: { id: string; name: string }[] = (await t.gql('{ organizations { id name } }', {}, admin)).organizations;
    org = Object.fromEntries(all.map((o) => [o.name, o.id]));
    const partnerId = (await t.gql('{ me { id } }', {}, await t.login(PARTNER))).me.id;
    partnerToken = (await t.gql(CREATE_TOKEN, { u: partnerId }, admin)).createApiToken.token;
  });
  afterAll(async () => t?.close());

  const identifiers = async (token: string, orgName: string) =>
    ((await t.gql(CONTRACTS, { org: org[orgName] }, token)).contracts as { identifier: string }[]).map((c) => c.identifier).sort();

  it("ID-1: a customer asking for another organization's contracts gets none, like its tickets", async () => {
    const beta = await t.login(BETA);
    expect(await identifiers(beta, 'АО Альфа')).toEqual([]);
    expect((await t.gql(TICKETS, { org: org['АО Альфа'] }, beta)).tickets.totalCount).toBe(0);
    expect(await identifiers(beta, 'ПАО Бета')).toEqual(['DL-EXT-0001', 'HW-EXT-0001']);
    expect(await identifiers(await t.login(ALFA), 'ПАО Бета')).toEqual([]);
  });

  it('ID-1: a partner and its API token see the contracts of the customers they serve, never of others', async () => {
    for (const token of [await t.login(PARTNER), partnerToken]) {
      expect(await identifiers(token, 'ПАО Бета')).toEqual([]);
      expect(await identifiers(token, 'ООО Гамма')).toEqual([]);
      expect(await identifiers(token, 'АО Альфа')).toEqual(['DL-BASIC-0001']);
    }
  });

  it("LVL-1: staff read any organization's contracts through the argument", async () => {
    expect(await identifiers(await t.login(AGENT1), 'ПАО Бета')).toEqual(['DL-EXT-0001', 'HW-EXT-0001']);
  });

  it('a malformed organization id is BAD_USER_INPUT naming the argument, not INTERNAL_SERVER_ERROR', async () => {
    const error = await expectCode(t, 'BAD_USER_INPUT', CONTRACTS, { org: 'abc' }, await t.login(BETA));
    expect(fieldsOf(error)).toEqual(['organizationId']);
  });
});
