import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { newRecoveryCodes, recoveryCodeHash, RECOVERY_CODE_COUNT } from '../../src/modules/auth/two-factor/recovery-codes.js';
import { SecretBox } from '../../src/modules/auth/two-factor/secret-box.js';
import { CHALLENGE_TTL_SECONDS, SignInChallenges } from '../../src/modules/auth/two-factor/sign-in-challenge.js';
import { acceptedTotpStep, newTotpSecret, otpauthUriOf, totpStepAt } from '../../src/modules/auth/two-factor/totp.js';

/** What an authenticator app shows for this secret at this instant (the same library, as a phone would compute it). */
function codeAt(secret: string, at: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at.getTime() });
}

const AT = new Date('2026-12-07T10:00:10Z');
const seconds = (n: number) => new Date(AT.getTime() + n * 1000);

describe('TOTP codes (#15, RFC 6238: 30 s steps, 6 digits, ±1 step)', () => {
  const secret = newTotpSecret();

  it('accepts the current code and answers its step', () => {
    expect(acceptedTotpStep(secret, codeAt(secret, AT), AT, null)).toBe(totpStepAt(AT));
  });

  it("accepts the previous and the next step's codes (clock drift), nothing further", () => {
    expect(acceptedTotpStep(secret, codeAt(secret, seconds(-30)), AT, null)).toBe(totpStepAt(AT) - 1);
    expect(acceptedTotpStep(secret, codeAt(secret, seconds(30)), AT, null)).toBe(totpStepAt(AT) + 1);
    expect(acceptedTotpStep(secret, codeAt(secret, seconds(-60)), AT, null)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(secret, seconds(60)), AT, null)).toBeNull();
  });

  it('refuses a code of the step already used, or of an earlier one, for the rest of its window', () => {
    const code = codeAt(secret, AT);
    const step = acceptedTotpStep(secret, code, AT, null)!;
    expect(acceptedTotpStep(secret, code, seconds(5), step)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(secret, seconds(-30)), seconds(5), step)).toBeNull();
    expect(acceptedTotpStep(secret, codeAt(secret, seconds(30)), seconds(30), step)).toBe(step + 1);
  });

  it('refuses codes of another secret and anything not six digits', () => {
    expect(acceptedTotpStep(secret, codeAt(newTotpSecret(), AT), AT, null)).toBeNull();
    for (const malformed of ['', '12345', '1234567', '12 456', 'abcdef', `${codeAt(secret, AT)}\n`]) {
      expect(acceptedTotpStep(secret, malformed, AT, null)).toBeNull();
    }
  });

  it('writes the otpauth URI authenticator apps read', () => {
    const uri = new URL(otpauthUriOf(secret, 'agent1@demo.local', 'SLA Desk'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('SLA Desk');
    expect(uri.searchParams.get('period')).toBe('30');
    expect(uri.searchParams.get('digits')).toBe('6');
  });
});

describe('recovery codes (#15)', () => {
  it('are ten distinct codes of two groups of five', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('hash the same however they are typed back', () => {
    const [code] = newRecoveryCodes();
    const hash = recoveryCodeHash(code!);
    expect(recoveryCodeHash(code!.toUpperCase())).toBe(hash);
    expect(recoveryCodeHash(code!.replace('-', ' '))).toBe(hash);
    expect(recoveryCodeHash(code!.replace('-', ''))).toBe(hash);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('TOTP secrets at rest (#15)', () => {
  it('open only under the key they were sealed with', () => {
    const box = new SecretBox('a'.repeat(48));
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(new SecretBox('b'.repeat(48)).open(sealed)).toBeNull();
    expect(box.open(sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA'))).toBeNull();
    expect(box.open('garbage')).toBeNull();
  });
});

describe('sign-in challenges (#15)', () => {
  const challenges = new SignInChallenges('c'.repeat(48));

  it('carry the user and session version, for their purpose only, until they expire', async () => {
    const { challenge, expiresAt } = await challenges.issue({ userId: 7, sessionVersion: 2, purpose: 'second-factor' }, AT);
    expect(expiresAt.getTime() - AT.getTime()).toBe(CHALLENGE_TTL_SECONDS * 1000);
    expect(await challenges.verify(challenge, 'second-factor', seconds(60))).toEqual({ userId: 7, sessionVersion: 2, purpose: 'second-factor' });
    expect(await challenges.verify(challenge, 'enrolment', seconds(60))).toBeNull();
    expect(await challenges.verify(challenge, 'second-factor', seconds(601))).toBeNull();
    expect(await new SignInChallenges('d'.repeat(48)).verify(challenge, 'second-factor', AT)).toBeNull();
  });
});
