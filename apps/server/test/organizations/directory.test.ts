import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CONTRACTS = `query($q: String) { contracts(identifier: $q) { identifier supportLevel active organization { name } product { name kind } } }`;

describe.each(TEST_DATABASES)('directory queries on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  it('LVL-1: a customer sees only their own contracts, with level and whether support is active', async () => {
    const data = await t.gql(CONTRACTS, {}, await t.login('beta@demo.local'));
    expect(data.contracts.map((c: { identifier: string }) => c.identifier)).toEqual(['DL-EXT-0001', 'HW-EXT-0001']);
    expect(data.contracts[1]).toMatchObject({ supportLevel: 'EXTENDED', active: true, product: { kind: 'HARDWARE' } });
  });

  it('a partner sees the contracts and organizations of the customers it serves', async () => {
    const token = await t.login('partner@demo.local');
    expect((await t.gql(CONTRACTS, {}, token)).contracts.map((c: { identifier: string }) => c.identifier)).toEqual(['DL-BASIC-0001']);
    expect((await t.gql('{ organizations { name } }', {}, token)).organizations).toEqual([{ name: 'АО Альфа' }]);
  });

  it('TKT-11: staff look a contract up as they type, ignoring case and spaces; expired ones show inactive', async () => {
    const data = await t.gql(CONTRACTS, { q: 'dl-exp' }, await t.login('agent1@demo.local'));
    expect(data.contracts).toEqual([
      { identifier: 'DL-EXPIRED-0001', supportLevel: 'BASIC', active: false, organization: { name: 'ООО Гамма' }, product: expect.any(Object) },
    ]);
  });

  it('TKT-6: staff list the agents and leads tickets can go to; customers cannot', async () => {
    const staff = (await t.gql('{ staff { email role } }', {}, await t.login('lead@demo.local'))).staff;
    expect(staff.map((u: { email: string }) => u.email).sort()).toEqual(['agent1@demo.local', 'agent2@demo.local', 'lead@demo.local']);
    const errors = await t.gqlErrors('{ staff { email } }', {}, await t.login('alfa@demo.local'));
    expect(errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
