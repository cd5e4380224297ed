import { DomainError } from '../../../common/errors.js';

/**
 * `login` (and a set-password link) answer this instead of a session when the user has two-factor sign-in on:
 * the password was right, `completeSignIn` with the challenge and a code finishes it. An error rather than a new
 * shape of AuthPayload, so integrators' accounts (no second factor) see `login` exactly as before.
 */
export class SecondFactorRequired extends DomainError {
  readonly code = 'SECOND_FACTOR_REQUIRED';
  constructor(challenge: string, expiresAt: Date) {
    super('Enter the code from your authenticator app, or a recovery code (completeSignIn)');
    Object.assign(this.extensions, { challenge, expiresAt: expiresAt.toISOString() });
  }
}

/** Staff without a second factor while admins require one: enrol with the challenge (begin/confirmTwoFactorEnrolment) to get a session. */
export class SecondFactorEnrolmentRequired extends DomainError {
  readonly code = 'SECOND_FACTOR_ENROLMENT_REQUIRED';
  constructor(challenge: string, expiresAt: Date) {
    super('Two-factor sign-in is required for staff: set up an authenticator app to finish signing in');
    Object.assign(this.extensions, { challenge, expiresAt: expiresAt.toISOString() });
  }
}
