import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { User } from '../../src/entities/auth/user.entity.js';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { postGraphQL } from '../support/graphql-client.js';
import { ADMIN, AGENT1, AGENT2, ALFA, BETA, LEAD, PARTNER } from '../support/demo-data.js';
import { ISO_WITH_OFFSET, instant, msk } from '../support/time.js';
import { expectCode, expectOneError } from '../support/expect-errors.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email role } } }';
/** The key the test server signs with (NODE_ENV=test uses the development secret). */
const SECRET = new TextEncoder().encode(loadConfig({ NODE_ENV: 'test' }).jwtSecret);
const DEADLINE = 'query($l: SupportLevel!, $c: Criticality!, $at: DateTime!) { responseDeadline(supportLevel: $l, criticality: $c, receivedAt: $at) }';

describe.each(TEST_DATABASES)('authentication on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(async () => t?.close());

  describe('login', () => {
    it('exchanges the right password for a token and the user', async () => {
      const data = await t.gql(LOGIN, { e: LEAD, p: DEMO_PASSWORD });
      expect(data.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(data.login.user).toMatchObject({ email: LEAD, role: 'TEAM_LEAD' });
      const me = await t.gql('{ me { id email } }', {}, data.login.token);
      expect(me.me).toEqual({ id: data.login.user.id, email: LEAD });
    });

    it('ignores the case and surrounding spaces of the e-mail', async () => {
      const data = await t.gql(LOGIN, { e: '  Agent1@DEMO.local ', p: DEMO_PASSWORD });
      expect(data.login.user.email).toBe(AGENT1);
    });

    it('refuses a wrong password with UNAUTHENTICATED and no token', async () => {
      const body = await t.raw(LOGIN, { e: LEAD, p: 'not-the-password' });
      expect(body.data).toBeNull();
      expectOneError(body.errors ?? [], 'UNAUTHENTICATED');
    });

    it('answers an unknown e-mail exactly like a wrong password (no account probing)', async () => {
      const wrongPassword = await expectCode(t, 'UNAUTHENTICATED', LOGIN, { e: LEAD, p: 'not-the-password' });
      const unknownUser = await expectCode(t, 'UNAUTHENTICATED', LOGIN, { e: 'nobody@demo.local', p: DEMO_PASSWORD });
      expect(unknownUser.message).toBe(wrongPassword.message);
      expect(unknownUser.message).not.toMatch(/nobody/);
    });

    it('refuses an empty password', async () => {
      await expectCode(t, 'UNAUTHENTICATED', LOGIN, { e: LEAD, p: '' });
    });
  });

  describe('tokens on protected fields', () => {
    it('refuses `me` without a token', async () => {
      await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }');
    });

    it('refuses a garbage token', async () => {
      await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }', {}, 'garbage');
      await expectCode(t, 'UNAUTHENTICATED', '{ tickets { totalCount } }', {}, 'a.b.c');
    });

    it('refuses a token signed with another key', async () => {
      const forged = await new SignJWT({ role: 'ADMIN' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('1')
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('some-other-secret-0123456789-0123456789'));
      await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }', {}, forged);
    });

    it('refuses a token whose signature was tampered with', async () => {
      const token = await t.login(AGENT1);
      const [header, payload, signature] = token.split('.') as [string, string, string];
      const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'BB' : 'AA');
      await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }', {}, `${header}.${payload}.${flipped}`);
    });

    it('refuses a valid token sent without the Bearer scheme', async () => {
      const token = await t.login(AGENT1);
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: token },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token', async () => {
      const agent = await t.gql(LOGIN, { e: AGENT1, p: DEMO_PASSWORD });
      const expired = await new SignJWT({ role: 'AGENT' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(agent.login.user.id)
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(SECRET);
      await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }', {}, expired);
    });

    it('refuses a well-signed token of a user that does not exist', async () => {
      const ghost = await new SignJWT({ role: 'ADMIN' }).setProtectedHeader({ alg: 'HS256' }).setSubject('987654').setExpirationTime('1h').sign(SECRET);
      await expectCode(t, 'UNAUTHENTICATED', '{ me { id } }', {}, ghost);
    });

    it('takes the role from the user record, not from the token', async () => {
      const agent = await t.gql(LOGIN, { e: AGENT1, p: DEMO_PASSWORD });
      const promoted = await new SignJWT({ role: 'ADMIN' })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(agent.login.user.id)
        .setExpirationTime('1h')
        .sign(SECRET);
      expect((await t.gql('{ me { role } }', {}, promoted)).me.role).toBe('AGENT');
      await expectCode(t, 'FORBIDDEN', 'mutation { clearCalendarDay(date: "2026-03-16") }', {}, promoted);
    });

    it('refuses every protected operation anonymously', async () => {
      await expectCode(t, 'UNAUTHENTICATED', '{ queue { totalCount } }');
      await expectCode(t, 'UNAUTHENTICATED', '{ tickets { totalCount } }');
      await expectCode(t, 'UNAUTHENTICATED', '{ ticket(id: "1") { id } }');
      await expectCode(t, 'UNAUTHENTICATED', 'mutation { startWork(ticketId: "1") { id } }');
    });
  });

  describe('me per role', () => {
    it.each([
      [LEAD, 'TEAM_LEAD', 'ЦЗИ ООО «Конфидент»'],
      [AGENT1, 'AGENT', 'ЦЗИ ООО «Конфидент»'],
      [AGENT2, 'AGENT', 'ЦЗИ ООО «Конфидент»'],
      [ADMIN, 'ADMIN', 'ЦЗИ ООО «Конфидент»'],
      [PARTNER, 'PARTNER', 'ООО Партнёр-Сервис'],
      [ALFA, 'CUSTOMER', 'АО Альфа'],
      [BETA, 'CUSTOMER', 'ПАО Бета'],
    ])('%s is %s of %s', async (email, role, organization) => {
      const token = await t.login(email);
      const data = await t.gql('{ me { email role active fullName organization { name } } }', {}, token);
      expect(data.me).toMatchObject({ email, role, active: true, organization: { name: organization } });
      expect(data.me.fullName).not.toBe('');
    });
  });

  describe('responseDeadline is public', () => {
    it('SLA-4: CRITICAL BASIC on Friday 2026-02-13 17:50 MSK is due Monday 2026-02-16 09:20 MSK', async () => {
      const data = await t.gql(DEADLINE, { l: 'BASIC', c: 'CRITICAL', at: '2026-02-13T17:50:00+03:00' });
      expect(instant(data.responseDeadline)).toBe(instant(msk('2026-02-16T09:20')));
    });

    it('SLA-1/LVL-2: EXTENDED counts wall-clock time, nights and weekends included', async () => {
      const critical = await t.gql(DEADLINE, { l: 'EXTENDED', c: 'CRITICAL', at: '2026-02-13T17:50:00+03:00' });
      expect(instant(critical.responseDeadline)).toBe(instant(msk('2026-02-13T18:10')));
      const nonCritical = await t.gql(DEADLINE, { l: 'EXTENDED', c: 'NON_CRITICAL', at: '2026-02-14T23:30:00+03:00' });
      expect(instant(nonCritical.responseDeadline)).toBe(instant(msk('2026-02-15T00:15')));
    });

    it('SLA-1: BASIC NON_CRITICAL inside service hours is one working hour', async () => {
      const data = await t.gql(DEADLINE, { l: 'BASIC', c: 'NON_CRITICAL', at: '2026-02-11T10:15:00+03:00' });
      expect(instant(data.responseDeadline)).toBe(instant(msk('2026-02-11T11:15')));
    });

    it('SLA-5: a BASIC request before the 23 February holiday waits for the next working day', async () => {
      // Friday 20 Feb 17:45 → 15 min that day; 21–22 weekend, 23 Feb holiday → Tue 24 Feb 09:45.
      const data = await t.gql(DEADLINE, { l: 'BASIC', c: 'NON_CRITICAL', at: '2026-02-20T17:45:00+03:00' });
      expect(instant(data.responseDeadline)).toBe(instant(msk('2026-02-24T09:45')));
    });

    it('treats inputs with different offsets as the same instant', async () => {
      const inputs = ['2026-02-13T17:50:00+03:00', '2026-02-13T14:50:00Z', '2026-02-13T14:50:00.000Z', '2026-02-13T09:50:00-05:00'];
      const answers = await Promise.all(inputs.map((at) => t.gql(DEADLINE, { l: 'BASIC', c: 'CRITICAL', at })));
      const instants = answers.map((a) => instant(a.responseDeadline));
      expect(new Set(instants).size).toBe(1);
      expect(instants[0]).toBe(instant(msk('2026-02-16T09:20')));
    });

    it('answers an ISO-8601 string with an offset', async () => {
      const data = await t.gql(DEADLINE, { l: 'BASIC', c: 'CRITICAL', at: '2026-02-13T17:50:00+03:00' });
      expect(typeof data.responseDeadline).toBe('string');
      expect(data.responseDeadline).toMatch(ISO_WITH_OFFSET);
    });

    it('needs no token, and a garbage token does not break it', async () => {
      const anonymous = await postGraphQL(t.url, DEADLINE, { l: 'BASIC', c: 'CRITICAL', at: '2026-02-13T17:50:00+03:00' });
      expect(anonymous.body.errors).toBeUndefined();
      const garbage = await t.gql(DEADLINE, { l: 'BASIC', c: 'CRITICAL', at: '2026-02-13T17:50:00+03:00' }, 'garbage');
      expect(instant(garbage.responseDeadline)).toBe(instant(msk('2026-02-16T09:20')));
    });

    // BUG: src/modules/sla/sla.resolver.ts (responseDeadline) hands any receivedAt to @desk/sla, whose
    // BASIC schedule (packages/sla/src/business-time/business-hours.ts, #guard) treats every day
    // before 1970-01-01 as closed and throws RangeError("The calendar has no service window for
    // 3660 consecutive days") for anything before ~1960; anyone, without a token, gets
    // INTERNAL_SERVER_ERROR (logged as unexpected). The resolver should refuse a receivedAt outside
    // the supported range as BAD_USER_INPUT on receivedAt.
    it('refuses a receivedAt far in the past as BAD_USER_INPUT, not an internal error', async () => {
      const error = expectOneError(await t.gqlErrors(DEADLINE, { l: 'BASIC', c: 'CRITICAL', at: '1900-06-01T10:00:00Z' }), 'BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['receivedAt']);
    });

    it('refuses a literal receivedAt that is not a date-time with offset, with a code', async () => {
      for (const at of ['2026-02-13T17:50:00', 'yesterday']) {
        const errors = await t.gqlErrors(`{ responseDeadline(supportLevel: BASIC, criticality: CRITICAL, receivedAt: "${at}") }`);
        expect(errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      }
    });

    it('refuses a receivedAt variable that is not a date-time with offset as BAD_USER_INPUT on receivedAt', async () => {
      for (const at of ['2026-02-13T17:50:00', 'yesterday']) {
        const error = expectOneError(await t.gqlErrors(DEADLINE, { l: 'BASIC', c: 'CRITICAL', at }), 'BAD_USER_INPUT');
        expect(error.extensions?.fields?.map((f) => f.field)).toEqual(['at']);
      }
    });
  });

  describe('a deactivated account', () => {
    let own: TestApp;
    beforeAll(async () => {
      own = await startTestApp(kind);
    });
    afterAll(async () => own?.close());

    it('cannot sign in, and a token it has not used yet stops working at once', async () => {
      // A token already in use may keep working for the few seconds the server caches who it
      // belongs to (src/modules/auth/actor-cache.ts); an unused one is checked against the user row.
      const issued = await own.gql(LOGIN, { e: AGENT2, p: DEMO_PASSWORD });
      await own.app.orm.em.fork().nativeUpdate(User, { email: AGENT2 }, { active: false });
      await expectCode(own, 'UNAUTHENTICATED', '{ me { email } }', {}, issued.login.token);
      const wrong = await expectCode(own, 'UNAUTHENTICATED', LOGIN, { e: LEAD, p: 'not-the-password' });
      const inactive = await expectCode(own, 'UNAUTHENTICATED', LOGIN, { e: AGENT2, p: DEMO_PASSWORD });
      expect(inactive.message).toBe(wrong.message);
    });
  });
});
