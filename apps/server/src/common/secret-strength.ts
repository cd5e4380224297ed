/**
 * Why a signing secret is unfit for production, or null (#15 finding 6). Anyone who knows the secret
 * mints an admin's token, so known placeholders (this repository's own defaults included) and secrets
 * with little entropy are refused; `openssl rand -base64 48` passes easily.
 */
export function weakSecretReason(secret: string, knownPlaceholders: readonly string[]): string | null {
  if (secret.length < 32) return 'must be at least 32 characters';
  if (knownPlaceholders.includes(secret) || PLACEHOLDER_WORDS.test(secret)) return 'is a placeholder, not a secret';
  if (estimatedBits(secret) < MIN_BITS) return `is too predictable (about ${Math.floor(estimatedBits(secret))} bits; at least ${MIN_BITS} needed)`;
  return null;
}

/** The repository's docker-compose.yml carried this one; it must never sign a production token. */
export const COMPOSE_PLACEHOLDER_SECRET = 'change-me-to-a-long-random-secret-of-32-chars';

const PLACEHOLDER_WORDS = /change[-_ ]?me|placeholder|example|dev[-_]only|your[-_ ]?secret|insecure|^(?:secret|password)/i;
const MIN_BITS = 128;

/** Shannon entropy of the secret's own characters times its length: repeated or few distinct characters score low. */
function estimatedBits(secret: string): number {
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  const length = [...secret].length;
  let perChar = 0;
  for (const count of counts.values()) perChar -= (count / length) * Math.log2(count / length);
  return perChar * length;
}
