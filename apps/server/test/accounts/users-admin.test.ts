import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { LOGIN } from '../support/account-links.js';
import { ADMIN, AGENT1, AGENT2, ALFA, BETA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { subscribe } from '../support/subscription-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const USERS = `query($role: Role, $active: Boolean, $search: String) { users(role: $role, active: $active, search: $search) { email role active organization { name } } }`;
const ROLE = `mutation($u: ID!, $r: Role!, $o: ID) { changeUserRole(userId: $u, role: $r, organizationId: $o) { email role organization { name } } }`;
const DEACTIVATE = `mutation($u: ID!) { deactivateUser(userId: $u) { email active } }`;
const REACTIVATE = `mutation($u: ID!) { reactivateUser(userId: $u) { email active } }`;
const QUEUE_CHANGED = `subscription { queueChanged { version } }`;
const CREATE_TICKET = `mutation($input: CreateTicketInput!) { createTicket(input: $input) { id } }`;
const PARTNER_TICKET = {
  identifier: 'DL-BASIC-0001',
  organizationName: 'АО Альфа',
  contact: { fullName: 'Анна Альфина', position: 'ИБ', phone: '+7 812 000 00 01' },
  subject: 'Через API партнёра',
  description: 'Описание',
  category: 'INCIDENT',
  criticality: 'NON_CRITICAL',
  channel: 'API',
};

describe.each(TEST_DATABASES)('users administration (#12) on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  const idOf = async (email: string) => String((await t.app.orm.em.fork().findOneOrFail(User, { email })).id);
  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await t.login(ADMIN);
  });
  afterAll(async () => t?.close());

  it('admins list users by role, state and name; others are refused', async () => {
    const agents = (await t.gql(USERS, { role: 'AGENT' }, admin)).users;
    expect(agents.map((u: { email: string }) => u.email).sort()).toEqual([AGENT1, AGENT2]);
    expect((await t.gql(USERS, { search: 'альфин' }, admin)).users).toEqual([{ email: ALFA, role: 'CUSTOMER', active: true, organization: { name: 'АО Альфа' } }]);
    await expectCode(t, 'FORBIDDEN', USERS, {}, await t.login(AGENT1));
    await expectCode(t, 'FORBIDDEN', USERS, {}, await t.login(LEAD));
    // A partner's own admin sees its own people only.
    expect((await t.gql(USERS, {}, await t.login(PARTNER))).users.map((u: { email: string }) => u.email)).toEqual([PARTNER]);
  });

  it('deactivation ends sessions and API tokens at once and closes open sockets with 4403; reactivation lets the user sign in again', async () => {
    const agent = (await t.gql(LOGIN, { e: AGENT2, p: 'demo-password' })).login.token;
    expect((await t.gql('{ me { email } }', {}, agent)).me.email).toBe(AGENT2);
    const live = await subscribe(t.url, agent, QUEUE_CHANGED);
    expect(live.errors).toEqual([]);

    expect((await t.gql(DEACTIVATE, { u: await idOf(AGENT2) }, admin)).deactivateUser).toEqual({ email: AGENT2, active: false });
    // The very next request is refused: no cache period.
    await expectCode(t, 'UNAUTHENTICATED', '{ me { email } }', {}, agent);
    await expectCode(t, 'UNAUTHENTICATED', LOGIN, { e: AGENT2, p: 'demo-password' });
    await live.until(() => live.errors.some((e) => (e as { code?: number }).code === 4403), 10_000);
    await live.close();
    const again = await subscribe(t.url, agent, QUEUE_CHANGED);
    expect(again.errors.some((e) => (e as { code?: number }).code === 4403)).toBe(true);
    await again.close();

    expect((await t.gql(REACTIVATE, { u: await idOf(AGENT2) }, admin)).reactivateUser.active).toBe(true);
    await expectCode(t, 'UNAUTHENTICATED', '{ me { email } }', {}, agent);
    expect((await t.gql(LOGIN, { e: AGENT2, p: 'demo-password' })).login.token).toBeTruthy();
  });

  it("a deactivated partner's API token stops at once, and revoking a token closes its sockets with 4403", async () => {
    const partnerId = await idOf(PARTNER);
    const create = `mutation($u: ID!, $n: String!) { createApiToken(userId: $u, name: $n) { token apiToken { id } } }`;
    const first = (await t.gql(create, { u: partnerId, n: 'Синхронизация' }, admin)).createApiToken;
    const ticket = (await t.gql(CREATE_TICKET, { input: PARTNER_TICKET }, first.token)).createTicket;
    const live = await subscribe(t.url, first.token, 'subscription($id: ID!) { ticketUpdated(id: $id) { id } }', { id: ticket.id });
    expect(live.errors).toEqual([]);
    await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: first.apiToken.id }, admin);
    await live.until(() => live.errors.some((e) => (e as { code?: number }).code === 4403), 10_000);
    await live.close();

    const second = (await t.gql(create, { u: partnerId, n: 'Вторая' }, admin)).createApiToken;
    expect((await t.gql('{ me { email } }', {}, second.token)).me.email).toBe(PARTNER);
    await t.gql(DEACTIVATE, { u: partnerId }, admin);
    await expectCode(t, 'UNAUTHENTICATED', '{ me { email } }', {}, second.token);
    await t.gql(REACTIVATE, { u: partnerId }, admin);
  });

  it('a role change applies on the next request and closes the sockets opened under the old role', async () => {
    const lead = (await t.gql(LOGIN, { e: LEAD, p: 'demo-password' })).login.token;
    const live = await subscribe(t.url, lead, QUEUE_CHANGED);
    expect((await t.gql(ROLE, { u: await idOf(LEAD), r: 'AGENT' }, admin)).changeUserRole).toEqual({ email: LEAD, role: 'AGENT', organization: { name: 'ЦЗИ ООО «Конфидент»' } });
    expect((await t.gql('{ me { role } }', {}, lead)).me.role).toBe('AGENT');
    await live.until(() => live.errors.some((e) => (e as { code?: number }).code === 4403), 10_000);
    await live.close();
    await t.gql(ROLE, { u: await idOf(LEAD), r: 'TEAM_LEAD' }, admin);

    const customerOf = String((await t.app.orm.em.fork().findOneOrFail(Organization, { name: 'ПАО Бета' })).id);
    expect((await t.gql(ROLE, { u: await idOf(AGENT1), r: 'CUSTOMER', o: customerOf }, admin)).changeUserRole.organization.name).toBe('ПАО Бета');
    // Back to staff: the customer organization is left behind.
    expect((await t.gql(ROLE, { u: await idOf(AGENT1), r: 'AGENT' }, admin)).changeUserRole).toEqual({ email: AGENT1, role: 'AGENT', organization: null });
  });

  it('names bad input, refuses non-admins and oneself', async () => {
    const bad = await expectCode(t, 'BAD_USER_INPUT', ROLE, { u: await idOf(BETA), r: 'PARTNER' }, admin);
    expect(fieldsOf(bad)).toEqual(['organizationId']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', DEACTIVATE, { u: await idOf(ADMIN) }, admin))).toEqual(['userId']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', ROLE, { u: await idOf(ADMIN), r: 'AGENT' }, admin))).toEqual(['userId']);
    await expectCode(t, 'NOT_FOUND', DEACTIVATE, { u: '999999' }, admin);
    await expectCode(t, 'FORBIDDEN', ROLE, { u: await idOf(AGENT2), r: 'ADMIN' }, await t.login(LEAD));
    await expectCode(t, 'FORBIDDEN', DEACTIVATE, { u: await idOf(AGENT2) }, await t.login(LEAD));
    await expectCode(t, 'FORBIDDEN', DEACTIVATE, { u: await idOf(AGENT2) }, await t.login(AGENT1));
    // A partner's own admin manages its own people, not a customer's.
    const partner = (await t.gql(LOGIN, { e: PARTNER, p: 'demo-password' })).login.token;
    await expectCode(t, 'FORBIDDEN', DEACTIVATE, { u: await idOf(ALFA) }, partner);
  });
});
