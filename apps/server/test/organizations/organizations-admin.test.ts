import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { LOGIN } from '../support/account-links.js';
import { ADMIN, AGENT1, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name kind } }`;
const RENAME = `mutation($id: ID!, $name: String!) { renameOrganization(id: $id, name: $name) { name } }`;
const SERVE = `mutation($p: ID!, $c: [ID!]!) { setServedCustomers(partnerId: $p, customerIds: $c) { name servedCustomers { name } } }`;
const CONTACT = `mutation($o: ID!, $input: ContactDetailsInput!) { createContact(organizationId: $o, input: $input) { id fullName phone email locale } }`;
const UPDATE_CONTACT = `mutation($id: ID!, $input: ContactDetailsInput!) { updateContact(id: $id, input: $input) { fullName position } }`;
const AUDIT = `query($t: String!, $id: String!) { auditLog(filter: { objectType: $t, objectId: $id }) { edges { node { kind before after } } } }`;

describe.each(TEST_DATABASES)('organizations administration (#12) on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  const orgId = async (name: string) => String((await t.app.orm.em.fork().findOneOrFail(Organization, { name })).id);
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login(ADMIN);
  });
  afterAll(async () => t?.close());

  it('an admin creates and renames customer and partner organizations; the directory lists them by kind; the audit log keeps before → after', async () => {
    const delta = (await t.gql(CREATE, { input: { name: 'АО Дельта', kind: 'CUSTOMER' } }, admin)).createOrganization;
    const partner = (await t.gql(CREATE, { input: { name: 'ООО Интегратор', kind: 'PARTNER' } }, admin)).createOrganization;
    expect(partner.kind).toBe('PARTNER');
    expect((await t.gql(RENAME, { id: delta.id, name: 'АО «Дельта-Плюс»' }, admin)).renameOrganization.name).toBe('АО «Дельта-Плюс»');
    const partners = (await t.gql('{ organizations(kind: PARTNER) { name } }', {}, await t.login(AGENT1))).organizations;
    expect(partners.map((o: { name: string }) => o.name)).toContain('ООО Интегратор');
    const trail = (await t.gql(AUDIT, { t: 'Organization', id: delta.id }, admin)).auditLog.edges.map((e: { node: { kind: string } }) => e.node);
    expect(trail.map((e: { kind: string }) => e.kind)).toEqual(['ORGANIZATION_UPDATED', 'ORGANIZATION_CREATED']);
    expect(JSON.parse(trail[0].before)).toEqual({ name: 'АО Дельта' });
  });

  it('names bad input: an empty or taken name (ID-2 compares names ignoring case and quotes), the vendor kind', async () => {
    const bad = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: { name: '  ', kind: 'VENDOR' } }, admin);
    expect(fieldsOf(bad).sort()).toEqual(['input.kind', 'input.name']);
    const taken = await expectCode(t, 'BAD_USER_INPUT', CREATE, { input: { name: 'ао альфа', kind: 'CUSTOMER' } }, admin);
    expect(fieldsOf(taken)).toEqual(['input.name']);
    await expectCode(t, 'NOT_FOUND', RENAME, { id: '999999', name: 'X' }, admin);
  });

  it("which customers a partner serves: the partner's people see the change on their very next request", async () => {
    const partnerToken = (await t.gql(LOGIN, { e: PARTNER, p: 'demo-password' })).login.token;
    expect((await t.gql('{ organizations { name } }', {}, partnerToken)).organizations).toEqual([{ name: 'АО Альфа' }]);
    const partnerId = await orgId('ООО Партнёр-Сервис');
    const served = (await t.gql(SERVE, { p: partnerId, c: [await orgId('АО Альфа'), await orgId('ПАО Бета')] }, admin)).setServedCustomers;
    expect(served.servedCustomers.map((o: { name: string }) => o.name).sort()).toEqual(['АО Альфа', 'ПАО Бета']);
    expect((await t.gql('{ organizations { name } }', {}, partnerToken)).organizations.map((o: { name: string }) => o.name)).toEqual(['АО Альфа', 'ПАО Бета']);

    const wrong = await expectCode(t, 'BAD_USER_INPUT', SERVE, { p: await orgId('АО Альфа'), c: [partnerId] }, admin);
    expect(fieldsOf(wrong).sort()).toEqual(['customerIds.0', 'partnerId']);
    await t.gql(SERVE, { p: partnerId, c: [await orgId('АО Альфа')] }, admin);
  });

  it("an admin adds and edits a customer's contacts; staff read them", async () => {
    const alfa = await orgId('АО Альфа');
    const contact = (await t.gql(CONTACT, { o: alfa, input: { fullName: 'Ольга Контактова', position: 'Инженер', phone: '+7 812 000-00-05', email: 'Olga@Alfa.example' } }, admin)).createContact;
    expect(contact).toMatchObject({ email: 'olga@alfa.example', locale: 'RU' });
    expect((await t.gql(UPDATE_CONTACT, { id: contact.id, input: { fullName: 'Ольга Контактова', position: 'Ведущий инженер', phone: '+7 812 000-00-05' } }, admin)).updateContact.position).toBe('Ведущий инженер');
    const listed = (await t.gql('{ organizations { name contacts { fullName } } }', {}, await t.login(LEAD))).organizations;
    expect(listed.find((o: { name: string }) => o.name === 'АО Альфа').contacts).toContainEqual({ fullName: 'Ольга Контактова' });
    const bad = await expectCode(t, 'BAD_USER_INPUT', CONTACT, { o: alfa, input: { fullName: '', position: '', phone: 'n/a', email: 'nope' } }, admin);
    expect(fieldsOf(bad).sort()).toEqual(['input.email', 'input.fullName', 'input.phone', 'input.position']);
    const partnerOrg = await expectCode(t, 'BAD_USER_INPUT', CONTACT, { o: await orgId('ООО Партнёр-Сервис'), input: { fullName: 'П', position: 'П', phone: '+7 812 000-00-06' } }, admin);
    expect(fieldsOf(partnerOrg)).toEqual(['organizationId']);
  });

  it('only admins administer organizations', async () => {
    for (const who of [AGENT1, LEAD, PARTNER]) {
      const token = (await t.gql(LOGIN, { e: who, p: 'demo-password' })).login.token;
      await expectCode(t, 'FORBIDDEN', CREATE, { input: { name: 'Чужая', kind: 'CUSTOMER' } }, token);
      await expectCode(t, 'FORBIDDEN', SERVE, { p: '1', c: [] }, token);
      await expectCode(t, 'FORBIDDEN', CONTACT, { o: '1', input: { fullName: 'X', position: 'X', phone: '+7 812 000-00-07' } }, token);
      await expectCode(t, 'FORBIDDEN', `mutation { createProduct(name: "X", kind: SOFTWARE) { id } }`, {}, token);
    }
  });
});
