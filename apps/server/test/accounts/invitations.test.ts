import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '../../src/entities/organizations/organization.entity.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { INVITE, LOGIN, SET_PASSWORD, STRONG_PASSWORD, linkTokenFor } from '../support/account-links.js';
import { ADMIN, AGENT1, ALFA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const RESEND = `mutation($id: ID!) { resendInvitation(id: $id) { id status expiresAt } }`;
const REVOKE = `mutation($id: ID!) { revokeInvitation(id: $id) { id status revokedAt } }`;
const LINK = `query($token: String!) { passwordLink(token: $token) { purpose email fullName expiresAt } }`;

describe.each(TEST_DATABASES)('invitations (#12) on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  const clock = new ManualClock(new Date('2026-03-11T07:00:00Z'));
  const orgId = async (name: string) => String((await t.app.orm.em.fork().findOneOrFail(Organization, { name })).id);
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    admin = await t.login(ADMIN);
  });
  afterAll(async () => t?.close());

  it('an admin invites an agent: the link goes through the outbox, expires in 72 h, and setting a password signs the new agent in', async () => {
    const invited = (await t.gql(INVITE, { input: { email: ' New.Agent@Example.RU ', fullName: 'Новый Инженер', role: 'AGENT' } }, admin)).inviteUser;
    expect(invited).toMatchObject({ email: 'new.agent@example.ru', role: 'AGENT', status: 'PENDING', invitedBy: { email: ADMIN }, organization: null });
    expect(new Date(invited.expiresAt).getTime() - clock.now().getTime()).toBe(72 * 3_600_000);
    const token = await linkTokenFor(t, 'new.agent@example.ru');
    expect((await t.gql(LINK, { token })).passwordLink).toMatchObject({ purpose: 'INVITATION', email: 'new.agent@example.ru', fullName: 'Новый Инженер' });
    // Only a hash of the token is stored.
    const rows = await t.app.orm.em.fork().getConnection().execute('select token_hash from invitations where id = ?', [Number(invited.id)]);
    expect(rows[0]!.token_hash).not.toContain(token);

    const signedIn = (await t.gql(SET_PASSWORD, { token, password: STRONG_PASSWORD })).setPassword;
    expect(signedIn.user).toMatchObject({ email: 'new.agent@example.ru', role: 'AGENT' });
    expect((await t.gql('{ me { email role } }', {}, signedIn.token)).me).toEqual({ email: 'new.agent@example.ru', role: 'AGENT' });
    expect((await t.gql(LOGIN, { e: 'new.agent@example.ru', p: STRONG_PASSWORD })).login.token).toBeTruthy();
    // Single use: the link is spent.
    expect((await t.gql(LINK, { token })).passwordLink).toBeNull();
    const again = await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token, password: STRONG_PASSWORD });
    expect(fieldsOf(again)).toEqual(['token']);
    const listed = (await t.gql('{ invitations { email status } }', {}, admin)).invitations;
    expect(listed).toContainEqual({ email: 'new.agent@example.ru', status: 'ACCEPTED' });
  });

  it('a customer contact is invited into a customer organization; partner staff into a partner', async () => {
    const alfa = await orgId('АО Альфа');
    const invited = (await t.gql(INVITE, { input: { email: 'contact@alfa.example', fullName: 'Контакт Альфы', role: 'CUSTOMER', organizationId: alfa, organizationAdmin: true } }, admin)).inviteUser;
    expect(invited).toMatchObject({ organization: { name: 'АО Альфа' }, organizationAdmin: true });
    const user = (await t.gql(SET_PASSWORD, { token: await linkTokenFor(t, 'contact@alfa.example'), password: STRONG_PASSWORD })).setPassword.user;
    expect(user).toMatchObject({ role: 'CUSTOMER', organizationAdmin: true, organization: { name: 'АО Альфа' } });

    const wrongKind = await expectCode(t, 'BAD_USER_INPUT', INVITE, { input: { email: 'p@x.example', fullName: 'П', role: 'PARTNER', organizationId: alfa } }, admin);
    expect(fieldsOf(wrongKind)).toEqual(['input.organizationId']);
    const missing = await expectCode(t, 'BAD_USER_INPUT', INVITE, { input: { email: 'c@x.example', fullName: 'К', role: 'CUSTOMER' } }, admin);
    expect(fieldsOf(missing)).toEqual(['input.organizationId']);
    const staffInCustomer = await expectCode(t, 'BAD_USER_INPUT', INVITE, { input: { email: 'a@x.example', fullName: 'А', role: 'AGENT', organizationId: alfa } }, admin);
    expect(fieldsOf(staffInCustomer)).toEqual(['input.organizationId']);
  });

  it('names every bad field: address, name, an address that has a user or a pending invitation', async () => {
    const bad = await expectCode(t, 'BAD_USER_INPUT', INVITE, { input: { email: 'not-an-address', fullName: '  ', role: 'AGENT' } }, admin);
    expect(fieldsOf(bad).sort()).toEqual(['input.email', 'input.fullName']);
    const taken = await expectCode(t, 'BAD_USER_INPUT', INVITE, { input: { email: AGENT1, fullName: 'Дубль', role: 'AGENT' } }, admin);
    expect(fieldsOf(taken)).toEqual(['input.email']);
    await t.gql(INVITE, { input: { email: 'twice@example.ru', fullName: 'Дважды', role: 'TEAM_LEAD' } }, admin);
    const pending = await expectCode(t, 'BAD_USER_INPUT', INVITE, { input: { email: 'twice@example.ru', fullName: 'Дважды', role: 'TEAM_LEAD' } }, admin);
    expect(pending.extensions?.fields?.[0]?.message).toMatch(/pending invitation/);
  });

  it("refuses agents and team leads; a partner's own admin invites only its own staff; a plain customer invites nobody", async () => {
    const input = { email: 'x@example.ru', fullName: 'Икс', role: 'AGENT' };
    await expectCode(t, 'FORBIDDEN', INVITE, { input }, await t.login(AGENT1));
    await expectCode(t, 'FORBIDDEN', INVITE, { input }, await t.login(LEAD));
    await expectCode(t, 'FORBIDDEN', '{ invitations { id } }', {}, await t.login(AGENT1));
    await expectCode(t, 'UNAUTHENTICATED', INVITE, { input });
    const partner = await t.login(PARTNER);
    await expectCode(t, 'FORBIDDEN', INVITE, { input }, partner);
    await expectCode(t, 'FORBIDDEN', INVITE, { input: { ...input, role: 'CUSTOMER', organizationId: await orgId('АО Альфа') } }, partner);
    await expectCode(t, 'FORBIDDEN', INVITE, { input: { ...input, role: 'CUSTOMER' } }, await t.login(ALFA));

    const own = (await t.gql(INVITE, { input: { email: 'dev@partner.example', fullName: 'Разработчик Партнёра', role: 'PARTNER' } }, partner)).inviteUser;
    expect(own.organization.name).toBe('ООО Партнёр-Сервис');
    expect((await t.gql('{ invitations { email } }', {}, partner)).invitations).toEqual([{ email: 'dev@partner.example' }]);
  });

  it("a customer organization's admin invites its own contacts", async () => {
    const em = t.app.orm.em.fork();
    const beta = await em.findOneOrFail(User, { email: 'beta@demo.local' });
    beta.organizationAdmin = true;
    await em.flush();
    const token = (await t.gql(LOGIN, { e: 'beta@demo.local', p: 'demo-password' })).login.token;
    const invited = (await t.gql(INVITE, { input: { email: 'second@beta.example', fullName: 'Второй Бетов', role: 'CUSTOMER' } }, token)).inviteUser;
    expect(invited.organization.name).toBe('ПАО Бета');
    await expectCode(t, 'FORBIDDEN', INVITE, { input: { email: 'x@beta.example', fullName: 'X', role: 'CUSTOMER', organizationId: await orgId('АО Альфа') } }, token);
  });

  it('re-sending issues a new link and expiry (the old link dies); a revoked or expired invitation cannot be accepted', async () => {
    const invited = (await t.gql(INVITE, { input: { email: 'resend@example.ru', fullName: 'Повтор', role: 'AGENT' } }, admin)).inviteUser;
    const first = await linkTokenFor(t, 'resend@example.ru');
    clock.advance(3600);
    const resent = (await t.gql(RESEND, { id: invited.id }, admin)).resendInvitation;
    expect(new Date(resent.expiresAt).getTime()).toBe(clock.now().getTime() + 72 * 3_600_000);
    const second = await linkTokenFor(t, 'resend@example.ru');
    expect(second).not.toBe(first);
    expect((await t.gql(LINK, { token: first })).passwordLink).toBeNull();
    expect((await t.gql(LINK, { token: second })).passwordLink).not.toBeNull();

    expect((await t.gql(REVOKE, { id: invited.id }, admin)).revokeInvitation.status).toBe('REVOKED');
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token: second, password: STRONG_PASSWORD }))).toEqual(['token']);
    await expectCode(t, 'CONFLICT', RESEND, { id: invited.id }, admin);
    await expectCode(t, 'NOT_FOUND', REVOKE, { id: '999999' }, admin);
    await expectCode(t, 'FORBIDDEN', REVOKE, { id: invited.id }, await t.login(PARTNER));

    await t.gql(INVITE, { input: { email: 'late@example.ru', fullName: 'Опоздавший', role: 'AGENT' } }, admin);
    const late = await linkTokenFor(t, 'late@example.ru');
    clock.advance(72 * 3600 + 1);
    expect((await t.gql(LINK, { token: late })).passwordLink).toBeNull();
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token: late, password: STRONG_PASSWORD }))).toEqual(['token']);
    expect((await t.gql('{ invitations { email status } }', {}, admin)).invitations).toContainEqual({ email: 'late@example.ru', status: 'EXPIRED' });
  });

  it('agents never read invitation links in the dev mailbox; admins do', async () => {
    await t.gql(INVITE, { input: { email: 'secret@example.ru', fullName: 'Тайный', role: 'ADMIN' } }, admin);
    const seenByAgent = (await t.gql('{ outbox(first: 200) { kind recipient } }', {}, await t.login(AGENT1))).outbox;
    expect(seenByAgent.some((m: { kind: string }) => m.kind === 'INVITATION')).toBe(false);
    const seenByAdmin = (await t.gql('{ outbox(first: 200) { kind recipient } }', {}, admin)).outbox;
    expect(seenByAdmin).toContainEqual({ kind: 'INVITATION', recipient: 'secret@example.ru' });
  });
});
