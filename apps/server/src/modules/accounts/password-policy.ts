import { COMMON_PASSWORDS } from './common-passwords.js';

/** A reviewer's floor (NIST SP 800-63B asks for 8; twelve is this desk's). */
export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases stay welcome; the cap only keeps a request's hashing cost bounded. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * What is wrong with a new password, or null: length in characters (not
 * bytes), not one of the shipped common passwords, not one character
 * repeated, not the user's own e-mail address. No composition rules: they
 * push people to predictable patterns without making passwords stronger.
 */
export function passwordProblem(password: string, email: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) return 'is one of the most common passwords: choose another';
  if (new Set(lowered).size === 1) return 'must not be one character repeated';
  const address = email.trim().toLowerCase();
  if (address && (lowered === address || lowered === address.split('@')[0])) return 'must not be your e-mail address';
  return null;
}
