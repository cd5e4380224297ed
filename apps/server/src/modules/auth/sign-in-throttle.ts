import { RateLimited } from '../../common/errors.js';

/** How many failures a key gets free, and the back-off after them (#15 finding 9). */
export interface ThrottlePolicy {
  readonly freeFailures: number;
  /** The first wait; each further failure doubles it, up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A key with no failure for this long starts over. */
  readonly forgetAfterMs: number;
}

interface Failures {
  count: number;
  lastAt: number;
  blockedUntil: number;
}

/** An account is a target, an address a source: an account locks sooner; an office behind one address later. */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
export const ADDRESS_POLICY: ThrottlePolicy = { freeFailures: 20, baseDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 60 * 60_000 };
/** Keys kept at most; the longest-quiet go first, so a flood of new keys cannot wipe a blocked one's record wholesale. */
const MAX_KEYS = 50_000;

/**
 * Sign-in failures per account and per client address, with exponential back-off: past the free
 * failures each one blocks the key for twice as long as the one before. While blocked, sign-in is
 * refused before the password is even checked — the right password included — with RATE_LIMITED and
 * the seconds to wait (HTTP Retry-After). Kept in each process; several replicas each count their share.
 */
export class SignInThrottle {
  private readonly keys = new Map<string, Failures>();

  constructor(private readonly policies: { account: ThrottlePolicy; address: ThrottlePolicy } = { account: ACCOUNT_POLICY, address: ADDRESS_POLICY }) {}

  /** Throws RateLimited while either the account or the address is blocked. */
  check(account: string, address: string, now: Date): void {
    const waitMs = Math.max(this.waitOf(`account:${account}`, now), this.waitOf(`address:${address}`, now));
    if (waitMs > 0) {
      throw new RateLimited('Too many failed sign-in attempts: wait before trying again', Math.ceil(waitMs / 1000));
    }
  }

  failed(account: string, address: string, now: Date): void {
    this.count(`account:${account}`, this.policies.account, now);
    this.count(`address:${address}`, this.policies.address, now);
  }

  /** The account's record is cleared; the address's is not, or one valid account would launder an attacker's guesses. */
  succeeded(account: string): void {
    this.keys.delete(`account:${account}`);
  }

  private waitOf(key: string, now: Date): number {
    return Math.max(0, (this.keys.get(key)?.blockedUntil ?? 0) - now.getTime());
  }

  private count(key: string, policy: ThrottlePolicy, now: Date): void {
    const at = now.getTime();
    const previous = this.keys.get(key);
    const failures = previous && at - previous.lastAt < policy.forgetAfterMs ? previous : { count: 0, lastAt: at, blockedUntil: 0 };
    failures.count += 1;
    failures.lastAt = at;
    const over = failures.count - policy.freeFailures;
    if (over > 0) failures.blockedUntil = at + Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(over - 1, 30));
    // Re-inserted at the end: the Map's order is "longest quiet first".
    this.keys.delete(key);
    this.keys.set(key, failures);
    while (this.keys.size > MAX_KEYS) this.keys.delete(this.keys.keys().next().value!);
  }
}
