import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkTokenFor, SET_PASSWORD, STRONG_PASSWORD } from '../support/account-links.js';
import { ADMIN, AGENT1, AGENT2, ALFA, BETA, LEAD, PARTNER } from '../support/demo-data.js';
import { expectCode, expectOneError, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';
import { BEGIN, COMPLETE, CONFIRM, LOGIN, STATUS, challengeOf, codeNow, enrol, signInWithPassword } from '../support/two-factor.js';

const AUDIT = 'query($k: [AuditKind!]) { auditLog(filter: { kinds: $k }) { edges { node { kind summary actorEmail } } } }';
const DISABLE = 'mutation($code: String, $p: String) { disableTwoFactor(code: $code, password: $p) { enabled recoveryCodesLeft } }';
const REGENERATE = 'mutation($code: String!) { regenerateRecoveryCodes(code: $code) }';
const RESET = 'mutation($u: ID!) { resetUserTwoFactor(userId: $u) { id email twoFactorEnabled } }';
const REQUIRE = 'mutation($r: Boolean!) { setStaffTwoFactorRequired(required: $r) { staffTwoFactorRequired updatedAt } }';
const ME = '{ me { email twoFactorEnabled } }';
/** Past the sign-in throttle's memory (an hour without failures): each test starts with no failures counted. */
const THROTTLE_FORGETS_SECONDS = 61 * 60;

/** #15: TOTP two-factor sign-in with recovery codes, required of staff by an admin setting. */
describe.each(TEST_DATABASES)('two-factor sign-in on %s', (kind) => {
  let t: TestApp;
  // The desk's clock moves forward only: each code is of a later 30-second step than the one before.
  const clock = new ManualClock(new Date());
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    admin = await t.login(ADMIN);
  });
  afterAll(async () => t?.close());
  beforeEach(() => clock.advance(THROTTLE_FORGETS_SECONDS));

  async function auditKinds(kinds: string[]): Promise<{ kind: string; summary: string; actorEmail: string | null }[]> {
    return (await t.gql(AUDIT, { k: kinds }, admin)).auditLog.edges.map((e: { node: unknown }) => e.node);
  }

  it('enrols with a QR code and a confirmed code, answers ten recovery codes once, and ends the sessions opened without it', async () => {
    const before = (await signInWithPassword(t, AGENT2)).data.login.token;
    const setup = (await t.gql(BEGIN, {}, before)).beginTwoFactorEnrolment;
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toContain(`secret=${setup.secret}`);
    expect(setup.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(setup.qrCodeDataUrl.split(',')[1], 'base64').toString()).toContain('<svg');
    expect((await t.gql(STATUS, {}, before)).twoFactorStatus).toMatchObject({ enabled: false, recoveryCodesLeft: 0 });

    const wrong = await expectCode(t, 'BAD_USER_INPUT', CONFIRM, { code: codeNow(setup.secret, { now: () => new Date(clock.now().getTime() + 300_000) }) }, before);
    expect(fieldsOf(wrong)).toEqual(['code']);
    const confirmed = (await t.gql(CONFIRM, { code: codeNow(setup.secret, clock) }, before)).confirmTwoFactorEnrolment;
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect(confirmed.user.email).toBe(AGENT2);
    await expectCode(t, 'UNAUTHENTICATED', ME, {}, before);
    expect((await t.gql(ME, {}, confirmed.token)).me).toEqual({ email: AGENT2, twoFactorEnabled: true });
    expect((await t.gql(STATUS, {}, confirmed.token)).twoFactorStatus).toMatchObject({ enabled: true, recoveryCodesLeft: 10, required: false });
    await expectCode(t, 'CONFLICT', BEGIN, {}, confirmed.token);
    expect((await auditKinds(['TWO_FACTOR_ENABLED'])).map((e) => e.actorEmail)).toContain(AGENT2);
  });

  describe('signing in with a second factor', () => {
    let secret: string;
    let recoveryCodes: string[];
    beforeAll(async () => {
      clock.advance(30);
      ({ secret, recoveryCodes } = await enrol(t, LEAD, clock));
    });

    it('answers the password with SECOND_FACTOR_REQUIRED and a challenge, never a session', async () => {
      const body = await signInWithPassword(t, LEAD);
      expect(body.data).toBeNull();
      const error = expectOneError(body.errors ?? [], 'SECOND_FACTOR_REQUIRED');
      expect(error.extensions).toMatchObject({ challenge: expect.any(String), expiresAt: expect.any(String) });
      // The challenge is no bearer token.
      await expectCode(t, 'UNAUTHENTICATED', ME, {}, error.extensions!.challenge as string);
    });

    it('signs in with the current code, once per code', async () => {
      clock.advance(30);
      const challenge = await challengeOf(t, LEAD);
      const code = codeNow(secret, clock);
      const signedIn = (await t.gql(COMPLETE, { c: challenge, code }, undefined)).completeSignIn;
      expect((await t.gql(ME, {}, signedIn.token)).me.email).toBe(LEAD);
      // Seen over a shoulder, the same code is refused for the rest of its window.
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: challenge, code });
      const succeeded = await auditKinds(['SIGN_IN_SUCCEEDED']);
      expect(succeeded[0]).toMatchObject({ actorEmail: LEAD, summary: `${LEAD} signed in with an authenticator code` });
    });

    it('refuses a wrong code (audited) and a malformed one (BAD_USER_INPUT naming it), and a forged or expired challenge', async () => {
      const challenge = await challengeOf(t, LEAD);
      const wrong = codeNow(secret, { now: () => new Date(clock.now().getTime() + 600_000) });
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: challenge, code: wrong });
      expect((await auditKinds(['TWO_FACTOR_FAILED']))[0]).toMatchObject({ actorEmail: LEAD, summary: `Wrong authenticator code for ${LEAD}` });
      for (const malformed of ['12345', '1234567', 'abcdef', '']) {
        expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', COMPLETE, { c: challenge, code: malformed }))).toEqual(['code']);
      }
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', COMPLETE, { c: challenge }))).toEqual(['code']);
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: `${challenge}x`, code: codeNow(secret, clock) });
      clock.advance(11 * 60);
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: challenge, code: codeNow(secret, clock) });
    });

    it('throttles wrong codes like passwords: past five, even the right code waits (RATE_LIMITED)', async () => {
      const challenge = await challengeOf(t, LEAD);
      const wrong = codeNow(secret, { now: () => new Date(clock.now().getTime() + 600_000) });
      for (let i = 0; i < 6; i += 1) await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: challenge, code: wrong });
      const limited = await expectCode(t, 'RATE_LIMITED', COMPLETE, { c: challenge, code: codeNow(secret, clock) });
      expect(limited.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      await expectCode(t, 'RATE_LIMITED', LOGIN, { e: LEAD, p: 'demo-password' });
      // Once the wait is over, a right password does not launder the account's failures while the second step is due:
      // the next wrong code blocks it again at once.
      clock.advance(2);
      const again = await challengeOf(t, LEAD);
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: again, code: wrong });
      await expectCode(t, 'RATE_LIMITED', COMPLETE, { c: again, code: codeNow(secret, clock) });
    });

    it('takes each recovery code once, counts what is left and audits its use', async () => {
      const [first] = recoveryCodes;
      const signedIn = (await t.gql(COMPLETE, { c: await challengeOf(t, LEAD), r: first!.toUpperCase() })).completeSignIn;
      expect((await t.gql(STATUS, {}, signedIn.token)).twoFactorStatus.recoveryCodesLeft).toBe(9);
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: await challengeOf(t, LEAD), r: first });
      expect((await auditKinds(['RECOVERY_CODE_USED']))[0]).toMatchObject({ actorEmail: LEAD, summary: `${LEAD} used a recovery code (9 left)` });
    });

    it('makes new recovery codes with a current code; the old ones stop working', async () => {
      clock.advance(30);
      const token = (await t.gql(COMPLETE, { c: await challengeOf(t, LEAD), r: recoveryCodes[1] })).completeSignIn.token;
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', REGENERATE, { code: 'nope' }, token))).toEqual(['code']);
      const fresh = (await t.gql(REGENERATE, { code: codeNow(secret, clock) }, token)).regenerateRecoveryCodes;
      expect(fresh).toHaveLength(10);
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: await challengeOf(t, LEAD), r: recoveryCodes[2] });
      recoveryCodes = fresh;
      expect((await t.gql(STATUS, {}, token)).twoFactorStatus.recoveryCodesLeft).toBe(10);
    });

    it('turns off with the password (a wrong one names the field); then the password alone signs in', async () => {
      clock.advance(30);
      const token = (await t.gql(COMPLETE, { c: await challengeOf(t, LEAD), code: codeNow(secret, clock) })).completeSignIn.token;
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', DISABLE, {}, token))).toEqual(['code']);
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', DISABLE, { p: 'not-the-password' }, token))).toEqual(['password']);
      expect((await t.gql(DISABLE, { p: 'demo-password' }, token)).disableTwoFactor).toEqual({ enabled: false, recoveryCodesLeft: 0 });
      expect((await signInWithPassword(t, LEAD)).data.login.token).toEqual(expect.any(String));
      await expectCode(t, 'CONFLICT', DISABLE, { p: 'demo-password' }, token);
      expect((await auditKinds(['TWO_FACTOR_DISABLED']))[0]?.actorEmail).toBe(LEAD);
    });
  });

  describe("an admin's reset (a lost phone)", () => {
    it('turns the user\'s 2FA off, audited; only admins may', async () => {
      clock.advance(30);
      await enrol(t, PARTNER, clock);
      const partnerId = (await t.gql(`{ users(search: "partner@") { id email } }`, {}, admin)).users.find((u: { email: string }) => u.email === PARTNER).id;
      await expectCode(t, 'FORBIDDEN', RESET, { u: partnerId }, await t.login(AGENT1));
      await expectCode(t, 'FORBIDDEN', RESET, { u: partnerId }, await t.login(ALFA));
      expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', RESET, { u: 'x' }, admin))).toEqual(['userId']);
      await expectCode(t, 'NOT_FOUND', RESET, { u: '999999' }, admin);
      expect((await t.gql(RESET, { u: partnerId }, admin)).resetUserTwoFactor).toEqual({ id: partnerId, email: PARTNER, twoFactorEnabled: false });
      expect((await signInWithPassword(t, PARTNER)).data.login.token).toEqual(expect.any(String));
      expect((await auditKinds(['TWO_FACTOR_RESET']))[0]).toMatchObject({ actorEmail: ADMIN, summary: `Two-factor sign-in of ${PARTNER} reset` });
    });
  });

  describe('required of staff by the admin setting', () => {
    afterAll(async () => t.gql(REQUIRE, { r: false }, admin));

    it('is an admin\'s choice, audited', async () => {
      await expectCode(t, 'FORBIDDEN', REQUIRE, { r: true }, await t.login(AGENT1));
      await expectCode(t, 'FORBIDDEN', '{ securitySettings { staffTwoFactorRequired } }', {}, await t.login(ALFA));
      expect((await t.gql(REQUIRE, { r: true }, admin)).setStaffTwoFactorRequired.staffTwoFactorRequired).toBe(true);
      expect((await t.gql('{ securitySettings { staffTwoFactorRequired } }', {}, admin)).securitySettings.staffTwoFactorRequired).toBe(true);
      expect((await auditKinds(['SECURITY_SETTINGS_CHANGED']))[0]).toMatchObject({ actorEmail: ADMIN, summary: 'Two-factor sign-in required for staff' });
    });

    it('sends staff without 2FA to enrolment with a challenge; confirming it signs them in', async () => {
      const challenge = await challengeOf(t, AGENT1, 'SECOND_FACTOR_ENROLMENT_REQUIRED');
      await expectCode(t, 'UNAUTHENTICATED', ME, {}, challenge);
      // The enrolment challenge is not a second-factor one, nor the other way round.
      await expectCode(t, 'UNAUTHENTICATED', COMPLETE, { c: challenge, code: '123456' });
      const { secret } = (await t.gql(BEGIN, { c: challenge })).beginTwoFactorEnrolment;
      const enrolled = (await t.gql(CONFIRM, { code: codeNow(secret, clock), c: challenge })).confirmTwoFactorEnrolment;
      expect(enrolled.recoveryCodes).toHaveLength(10);
      expect((await t.gql(STATUS, {}, enrolled.token)).twoFactorStatus).toMatchObject({ enabled: true, required: true });
      await expectCode(t, 'CONFLICT', DISABLE, { p: 'demo-password' }, enrolled.token);
      await challengeOf(t, AGENT1, 'SECOND_FACTOR_REQUIRED');
    });

    it('leaves customers and partners as they were', async () => {
      expect((await signInWithPassword(t, ALFA)).data.login.token).toEqual(expect.any(String));
      expect((await signInWithPassword(t, PARTNER)).data.login.token).toEqual(expect.any(String));
    });
  });

  it('is never managed through an API token', async () => {
    const partnerId = (await t.gql('{ me { id } }', {}, await t.login(PARTNER))).me.id;
    const apiToken = (await t.gql('mutation($u: ID!) { createApiToken(userId: $u, name: "2fa") { token } }', { u: partnerId }, admin)).createApiToken.token;
    await expectCode(t, 'FORBIDDEN', STATUS, {}, apiToken);
    await expectCode(t, 'FORBIDDEN', BEGIN, {}, apiToken);
    await expectCode(t, 'FORBIDDEN', REGENERATE, { code: '123456' }, apiToken);
    await expectCode(t, 'FORBIDDEN', DISABLE, { p: 'demo-password' }, apiToken);
    await expectCode(t, 'UNAUTHENTICATED', BEGIN, {});
  });

  it('shows whether 2FA is on to admins and the user only', async () => {
    const users = (await t.gql('{ users(role: AGENT) { email twoFactorEnabled } }', {}, admin)).users;
    expect(users).toEqual(expect.arrayContaining([{ email: AGENT2, twoFactorEnabled: true }]));
    const seenByLead = (await t.gql('{ staff { email twoFactorEnabled } }', {}, (await signInWithPassword(t, LEAD)).data.login.token)).staff;
    expect(seenByLead.every((u: { email: string; twoFactorEnabled: boolean | null }) => u.twoFactorEnabled === null || u.email === LEAD)).toBe(true);
  });

  it('asks a reset link for the second factor too: the link proves the mailbox, not the phone', async () => {
    clock.advance(30);
    const { secret } = await enrol(t, BETA, clock);
    await t.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: BETA });
    const body = await t.raw(SET_PASSWORD, { token: await linkTokenFor(t, BETA), password: STRONG_PASSWORD });
    expect(body.data).toBeNull();
    const challenge = expectOneError(body.errors ?? [], 'SECOND_FACTOR_REQUIRED').extensions!.challenge;
    clock.advance(30);
    expect((await t.gql(COMPLETE, { c: challenge, code: codeNow(secret, clock) })).completeSignIn.user.email).toBe(BETA);
  });
});
