import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxMessage } from '../../src/entities/notifications/outbox-message.entity.js';
import { passwordProblem } from '../../src/modules/accounts/index.js';
import { LOGIN, SET_PASSWORD, STRONG_PASSWORD, linkTokenFor } from '../support/account-links.js';
import { ALFA, BETA } from '../support/demo-data.js';
import { expectCode, fieldsOf } from '../support/expect-errors.js';
import { ManualClock, startTestApp, type TestApp } from '../support/test-app.js';
import { TEST_DATABASES } from '../support/test-database.js';

const CHANGE = `mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) { token user { email } } }`;
const FORGOT = `mutation($e: String!) { requestPasswordReset(email: $e) }`;

describe('password rules (#12)', () => {
  it('refuses fewer than 12 characters, the shipped common passwords, one repeated character and the own address', () => {
    expect(passwordProblem('short-pass1', 'a@b.ru')).toMatch(/at least 12/);
    expect(passwordProblem('Password1234', 'a@b.ru')).toMatch(/most common/);
    expect(passwordProblem('1q2w3e4r5t6y', 'a@b.ru')).toMatch(/most common/);
    expect(passwordProblem('zzzzzzzzzzzzzz', 'a@b.ru')).toMatch(/repeated/);
    expect(passwordProblem('anna.long.name@alfa.example', 'Anna.Long.Name@alfa.example')).toMatch(/e-mail/);
    expect(passwordProblem(STRONG_PASSWORD, 'a@b.ru')).toBeNull();
  });

  it('accepts long passphrases, 128 characters and beyond (no upper bound below 128), counting characters not bytes', () => {
    expect(passwordProblem('я'.repeat(100) + 'x'.repeat(28), 'a@b.ru')).toBeNull();
    expect(passwordProblem('абвгдежзийкл', 'a@b.ru')).toBeNull();
    expect(passwordProblem('ab'.repeat(128), 'a@b.ru')).toBeNull();
    expect(passwordProblem('ab'.repeat(129), 'a@b.ru')).toMatch(/at most/);
  });
});

describe.each(TEST_DATABASES)('own password and password reset (#12) on %s', (kind) => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-11T07:00:00Z'));
  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(async () => t?.close());

  it('a signed-in user changes their password with the current one; earlier sessions end, the answer carries a fresh token', async () => {
    const old = (await t.gql(LOGIN, { e: ALFA, p: 'demo-password' })).login.token;
    const wrong = await expectCode(t, 'BAD_USER_INPUT', CHANGE, { c: 'not-my-password', n: 'short' }, old);
    expect(fieldsOf(wrong).sort()).toEqual(['currentPassword', 'newPassword']);
    const common = await expectCode(t, 'BAD_USER_INPUT', CHANGE, { c: 'demo-password', n: 'qwerty123456' }, old);
    expect(fieldsOf(common)).toEqual(['newPassword']);
    await expectCode(t, 'UNAUTHENTICATED', CHANGE, { c: 'demo-password', n: STRONG_PASSWORD });

    const changed = (await t.gql(CHANGE, { c: 'demo-password', n: STRONG_PASSWORD }, old)).changeOwnPassword;
    expect((await t.gql('{ me { email } }', {}, changed.token)).me.email).toBe(ALFA);
    await expectCode(t, 'UNAUTHENTICATED', '{ me { email } }', {}, old);
    await expectCode(t, 'UNAUTHENTICATED', LOGIN, { e: ALFA, p: 'demo-password' });
    expect((await t.gql(LOGIN, { e: ALFA, p: STRONG_PASSWORD })).login.token).toBeTruthy();
  });

  it('"forgot password" answers the same whether or not the address exists, and mails a link only to an account', async () => {
    const before = await t.app.orm.em.fork().count(OutboxMessage, {});
    expect((await t.gql(FORGOT, { e: 'nobody@nowhere.example' })).requestPasswordReset).toBe(true);
    expect(await t.app.orm.em.fork().count(OutboxMessage, {})).toBe(before);
    expect((await t.gql(FORGOT, { e: ` ${BETA.toUpperCase()} ` })).requestPasswordReset).toBe(true);
    const mails = await t.app.orm.em.fork().find(OutboxMessage, { recipient: BETA, kind: 'PASSWORD_RESET' as never });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toContain('/set-password?token=rst_');
  });

  it('the reset link is single use, stored hashed, expires, and ends every earlier session', async () => {
    const session = (await t.gql(LOGIN, { e: BETA, p: 'demo-password' })).login.token;
    await t.gql(FORGOT, { e: BETA });
    const token = await linkTokenFor(t, BETA);
    const rows: { token_hash: string }[] = await t.app.orm.em.fork().getConnection().execute('select token_hash from password_resets');
    expect(rows.some((r) => r.token_hash.includes(token.slice(4)))).toBe(false);
    expect((await t.gql(`query($token: String!) { passwordLink(token: $token) { purpose email } }`, { token })).passwordLink).toEqual({ purpose: 'PASSWORD_RESET', email: BETA });

    const weak = await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token, password: 'password1234' });
    expect(fieldsOf(weak)).toEqual(['password']);
    const reset = (await t.gql(SET_PASSWORD, { token, password: STRONG_PASSWORD })).setPassword;
    expect(reset.user.email).toBe(BETA);
    await expectCode(t, 'UNAUTHENTICATED', '{ me { email } }', {}, session);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token, password: 'another long passphrase' }))).toEqual(['token']);

    await t.gql(FORGOT, { e: BETA });
    const late = await linkTokenFor(t, BETA);
    clock.advance(61 * 60);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token: late, password: 'another long passphrase' }))).toEqual(['token']);
    expect(fieldsOf(await expectCode(t, 'BAD_USER_INPUT', SET_PASSWORD, { token: 'rst_forged', password: 'another long passphrase' }))).toEqual(['token']);
  });
});
