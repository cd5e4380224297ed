import { Secret, TOTP } from 'otpauth';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import type { Clock } from '../../src/common/clock.js';
import { expectOneError } from './expect-errors.js';
import type { TestApp } from './test-app.js';

export const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id email } } }';
export const BEGIN = 'mutation($c: String) { beginTwoFactorEnrolment(challenge: $c) { secret otpauthUri qrCodeDataUrl } }';
export const CONFIRM = 'mutation($code: String!, $c: String) { confirmTwoFactorEnrolment(code: $code, challenge: $c) { recoveryCodes token user { id email } } }';
export const COMPLETE = 'mutation($c: String!, $code: String, $r: String) { completeSignIn(challenge: $c, code: $code, recoveryCode: $r) { token user { email } } }';
export const STATUS = '{ twoFactorStatus { enabled enabledAt recoveryCodesLeft required } }';

/** What the user's authenticator app shows now, by the desk's clock (the same library a phone app would be). */
export function codeNow(secret: string, clock: Clock): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: clock.now().getTime() });
}

/** A demo account's password step: a session, or the error carrying the challenge of the second step. */
export async function signInWithPassword(t: TestApp, email: string) {
  return t.raw(LOGIN, { e: email, p: DEMO_PASSWORD });
}

/** The challenge of a password step that must answer `code` (SECOND_FACTOR_REQUIRED or …_ENROLMENT_REQUIRED). */
export async function challengeOf(t: TestApp, email: string, code = 'SECOND_FACTOR_REQUIRED'): Promise<string> {
  const body = await signInWithPassword(t, email);
  expect(body.data).toBeNull();
  const error = expectOneError(body.errors ?? [], code);
  expect(error.extensions?.challenge).toEqual(expect.any(String));
  return error.extensions!.challenge as string;
}

/** Signs the account in with its password (no second factor yet) and turns 2FA on; the secret and what confirming answered. */
export async function enrol(t: TestApp, email: string, clock: Clock): Promise<{ secret: string; token: string; recoveryCodes: string[] }> {
  const body = await signInWithPassword(t, email);
  const token = (body.data as { login: { token: string } }).login.token;
  const { secret } = (await t.gql(BEGIN, {}, token)).beginTwoFactorEnrolment;
  const confirmed = (await t.gql(CONFIRM, { code: codeNow(secret, clock) }, token)).confirmTwoFactorEnrolment;
  return { secret, token: confirmed.token, recoveryCodes: confirmed.recoveryCodes };
}
