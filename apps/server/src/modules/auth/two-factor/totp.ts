import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, a new code every 30 seconds. */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** A code of the step before or after the current one still counts: phones' clocks drift, people type slowly. */
const WINDOW_STEPS = 1;
const SECRET_BYTES = 20;

/** What a code must look like before it is checked at all (BAD_USER_INPUT otherwise). */
export const TOTP_CODE_SHAPE = /^\d{6}$/;

/** A fresh random secret, in the base32 form authenticator apps accept typed in. */
export function newTotpSecret(): string {
  return new Secret({ size: SECRET_BYTES }).base32;
}

function totpOf(secret: string, account: string, issuer: string): TOTP {
  return new TOTP({ issuer, label: account, algorithm: 'SHA1', digits: DIGITS, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** The `otpauth://totp/…` URI a QR code carries to the authenticator app. */
export function otpauthUriOf(secret: string, account: string, issuer: string): string {
  return totpOf(secret, account, issuer).toString();
}

/** The 30-second step an instant falls in (the TOTP counter). */
export function totpStepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The step of `code` when it is valid at `now` (±1 step) and newer than the last code accepted; null otherwise.
 * Remembering the step accepted refuses a code seen over someone's shoulder for the rest of its window (RFC 6238 §5.2).
 */
export function acceptedTotpStep(secret: string, code: string, now: Date, lastUsedStep: number | null): number | null {
  if (!TOTP_CODE_SHAPE.test(code)) return null;
  const delta = totpOf(secret, '', '').validate({ token: code, timestamp: now.getTime(), window: WINDOW_STEPS });
  if (delta === null) return null;
  const step = totpStepAt(now) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}
