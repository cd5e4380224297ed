import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { Product } from '../../src/entities/organizations/product.entity.js';
import { ADMIN, AGENT1, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { CREATE_TICKET, createTicket, ticketInput } from '../support/tickets.js';

const CONTRACT_FIELDS = `id identifier supportLevel validFrom validUntil terminatedAt active identifiers { identifier kind } products { name } organization { name }`;
const CREATE = `mutation($input: CreateContractInput!) { createContract(input: $input) { ${CONTRACT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { ${CONTRACT_FIELDS} } }`;
const RENEW = `mutation($id: ID!, $f: String!, $u: String!) { renewContract(id: $id, validFrom: $f, validUntil: $u) { ${CONTRACT_FIELDS} } }`;
const LEVEL = `mutation($id: ID!, $l: SupportLevel!) { changeContractLevel(id: $id, supportLevel: $l) { supportLevel } }`;
const TERMINATE = `mutation($id: ID!, $d: String) { terminateContract(id: $id, lastDay: $d) { validUntil terminatedAt active } }`;
const HISTORY = `query($q: String) { contracts(identifier: $q) { identifier history { kind before after } } }`;

/** Wednesday 11 March 2026, 10:00 MSK: a working day inside BASIC service hours. */
const NOW = new Date('2026-03-11T07:00:00Z');

describe.each(TEST_DATABASES)('contracts administration (#12, LVL-1) on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let alfaId: string;
  let productIds: string[];
  const clock = new ManualClock(NOW);
  const contractInput = (identifiers: string[], overrides: Record<string, unknown> = {}) => ({
    organizationId: alfaId,
    identifiers: identifiers.map((identifier, i) => ({ identifier, kind: i === 0 ? 'LICENSE_NUMBER' : 'SERIAL_NUMBER' })),
    productIds,
    supportLevel: 'BASIC',
    validFrom: '2026-01-01',
    validUntil: '2026-12-31',
    ...overrides,
  });
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    admin = await t.login(ADMIN);
    const em = t.app.orm.em.fork();
    alfaId = String((await em.findOneOrFail(Organization, { name: 'АО Альфа' })).id);
    productIds = (await em.find(Product, {}, { orderBy: { id: 'asc' } })).map((p) => String(p.id));
  });
  afterAll(async () => t?.close());

  it('LVL-1: a contract with several identifiers and products; the customer identifies with any of them; staff find it by any', async () => {
    const contract = (await t.gql(CREATE, { input: contractInput(['LIC-2026-001', 'SN 0042 77']) }, admin)).createContract;
    expect(contract).toMatchObject({
      identifier: 'LIC-2026-001',
      active: true,
      identifiers: [{ identifier: 'LIC-2026-001', kind: 'LICENSE_NUMBER' }, { identifier: 'SN 0042 77', kind: 'SERIAL_NUMBER' }],
      organization: { name: 'АО Альфа' },
    });
    expect(contract.products).toHaveLength(2);
    const alfa = await t.login(ALFA);
    expect((await createTicket(t, alfa, { identifier: 'sn004277' })).status).toBe('NEW');
    expect((await createTicket(t, alfa, { identifier: 'lic-2026-001' })).organization.name).toBe('АО Альфа');
    const found = (await t.gql(HISTORY, { q: 'sn 0042' }, await t.login(AGENT1))).contracts;
    expect(found.map((c: { identifier: string }) => c.identifier)).toEqual(['LIC-2026-001']);
    expect(found[0].history.map((h: { kind: string }) => h.kind)).toEqual(['CREATED']);
  });

  it('identifiers are unique across contracts: a clash is BAD_USER_INPUT naming the identifier', async () => {
    const clash = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: contractInput(['NEW-ONE-1', 'dl-basic-0001', 'sn 004277']) }, admin);
    expect(fieldsOf(clash)).toEqual(['input.identifiers.1.identifier', 'input.identifiers.2.identifier']);
    expect(clash.extensions?.fields?.[0]?.message).toMatch(/dl-basic-0001 already identifies contract DL-BASIC-0001 of АО Альфа/);
    const twice = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: contractInput(['SAME-1', ' same-1 ']) }, admin);
    expect(fieldsOf(twice)).toEqual(['input.identifiers.1.identifier']);
  });

  it('names every bad field of a new contract', async () => {
    const partnerOrg = String((await t.app.orm.em.fork().findOneOrFail(Organization, { name: 'ООО Партнёр-Сервис' })).id);
    const bad = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: contractInput([], { organizationId: partnerOrg, productIds: ['999999'], validFrom: '2026-02-30', validUntil: '2025-01-01' }) }, admin);
    expect(fieldsOf(bad).sort()).toEqual(['input.identifiers', 'input.organizationId', 'input.productIds.0', 'input.validFrom'].sort());
    const backwards = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: contractInput(['BACK-1'], { productIds: [], validFrom: '2026-06-01', validUntil: '2026-05-31' }) }, admin);
    expect(fieldsOf(backwards).sort()).toEqual(['input.productIds', 'input.validUntil']);
  });

  it('editing identifiers: a removed one no longer identifies, a kept one stays, a new one works; the history keeps before → after', async () => {
    const created = (await t.gql(CREATE, { input: contractInput(['EDIT-A', 'EDIT-B']) }, admin)).createContract;
    const edited = (await t.gql(UPDATE, { id: created.id, input: { identifiers: [{ identifier: 'EDIT-B', kind: 'ACTIVATION_CODE' }, { identifier: 'EDIT-C', kind: 'SERIAL_NUMBER' }], productIds: [productIds[0]] } }, admin)).updateContract;
    expect(edited.identifier).toBe('EDIT-B');
    expect(edited.identifiers).toEqual([{ identifier: 'EDIT-B', kind: 'ACTIVATION_CODE' }, { identifier: 'EDIT-C', kind: 'SERIAL_NUMBER' }]);
    expect(edited.products).toHaveLength(1);
    const alfa = await t.login(ALFA);
    const refused = await expectCode(t, 'BAD_USER_INPUT', CREATE_TICKET, { input: ticketInput({ identifier: 'EDIT-A' }) }, alfa);
    expect(fieldsOf(refused)).toEqual(['input.identifier']);
    expect((await createTicket(t, alfa, { identifier: 'EDIT-C' })).status).toBe('NEW');
    const history = (await t.gql(HISTORY, { q: 'EDIT-B' }, admin)).contracts[0].history;
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['CREATED', 'EDITED']);
    expect(JSON.parse(history[1].before).identifiers).toEqual(['EDIT-A', 'EDIT-B']);
    expect(JSON.parse(history[1].after).identifiers).toEqual(['EDIT-B', 'EDIT-C']);
    const clash = await expectCode(t, 'BAD_USER_INPUT', UPDATE, { id: created.id, input: { identifiers: [{ identifier: 'LIC-2026-001', kind: 'LICENSE_NUMBER' }] } }, admin);
    expect(fieldsOf(clash)).toEqual(['input.identifiers.0.identifier']);
  });

  it('tickets keep the level they were registered under; a level change applies to tickets registered after it (SLA-8, SLA-10)', async () => {
    const contract = (await t.gql(CREATE, { input: contractInput(['LEVEL-1']) }, admin)).createContract;
    const alfa = await t.login(ALFA);
    const before = await createTicket(t, alfa, { identifier: 'LEVEL-1', criticality: 'CRITICAL' });
    expect(before).toMatchObject({ supportLevel: 'BASIC', priority: 2 });
    expect((await t.gql(LEVEL, { id: contract.id, l: 'EXTENDED' }, admin)).changeContractLevel.supportLevel).toBe('EXTENDED');
    const after = await createTicket(t, alfa, { identifier: 'LEVEL-1', criticality: 'CRITICAL' });
    expect(after).toMatchObject({ supportLevel: 'EXTENDED', priority: 1 });
    // EXTENDED CRITICAL: 20 minutes from arrival (SLA-1).
    expect(new Date(after.responseDueAt).getTime() - new Date(after.receivedAt).getTime()).toBe(20 * 60_000);
    const reread = (await t.gql(`query($id: ID!) { ticket(id: $id) { supportLevel priority responseDueAt } }`, { id: before.id }, admin)).ticket;
    expect(reread).toEqual({ supportLevel: 'BASIC', priority: 2, responseDueAt: before.responseDueAt });
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', LEVEL, { id: contract.id, l: 'EXTENDED' }, admin))).toEqual(['supportLevel']);
  });

  it('terminate ends support after the last day (ID-2: later requests are REJECTED as SUPPORT_EXPIRED); renew resumes it, history kept', async () => {
    const contract = (await t.gql(CREATE, { input: contractInput(['TERM-1']) }, admin)).createContract;
    const terminated = (await t.gql(TERMINATE, { id: contract.id, d: '2026-03-10' }, admin)).terminateContract;
    expect(terminated).toMatchObject({ validUntil: '2026-03-10', active: false });
    expect(terminated.terminatedAt).not.toBeNull();
    const alfa = await t.login(ALFA);
    expect(await createTicket(t, alfa, { identifier: 'TERM-1' })).toMatchObject({ status: 'REJECTED', rejectionReason: 'SUPPORT_EXPIRED' });
    await expectCode(t, 'CONFLICT', TERMINATE, { id: contract.id }, admin);

    const renewed = (await t.gql(RENEW, { id: contract.id, f: '2026-03-11', u: '2027-03-10' }, admin)).renewContract;
    expect(renewed).toMatchObject({ validFrom: '2026-03-11', validUntil: '2027-03-10', terminatedAt: null, active: true });
    expect((await createTicket(t, alfa, { identifier: 'TERM-1' })).status).toBe('NEW');
    const history = (await t.gql(HISTORY, { q: 'TERM-1' }, admin)).contracts[0].history;
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['CREATED', 'TERMINATED', 'RENEWED']);
    expect(JSON.parse(history[2].before)).toMatchObject({ validFrom: '2026-01-01', validUntil: '2026-03-10' });
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', RENEW, { id: contract.id, f: '2027-01-01', u: '2026-01-01' }, admin))).toEqual(['validUntil']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', TERMINATE, { id: contract.id, d: '2030-01-01' }, admin))).toEqual(['lastDay']);
    await expectCode(t, 'NOT_FOUND', TERMINATE, { id: '999999' }, admin);
    const audit = (await t.gql(`query($id: String!) { auditLog(filter: { objectType: "SupportContract", objectId: $id }) { totalCount } }`, { id: contract.id }, admin)).auditLog;
    expect(audit.totalCount).toBe(3);
  });

  it('only admins administer contracts', async () => {
    for (const who of [AGENT1, LEAD, PARTNER, ALFA]) {
      const token = await t.login(who);
      await expectCode(t, 'FORBIDDEN', CREATE, { input: contractInput(['NOPE-1']) }, token);
      await expectCode(t, 'FORBIDDEN', LEVEL, { id: '1', l: 'EXTENDED' }, token);
      await expectCode(t, 'FORBIDDEN', TERMINATE, { id: '1' }, token);
      await expectCode(t, 'FORBIDDEN', RENEW, { id: '1', f: '2026-01-01', u: '2026-12-31' }, token);
      await expectCode(t, 'FORBIDDEN', UPDATE, { id: '1', input: {} }, token);
    }
  });
});
