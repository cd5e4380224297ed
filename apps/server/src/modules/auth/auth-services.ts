import type { RequestContext } from '../../graphql/context.js';
import type { Credentials } from './actor.loader.js';
import type { SignInThrottle } from './sign-in-throttle.js';

/** What signing in and checking tokens need, built once per process. */
export interface AuthServices extends Credentials {
  readonly signInThrottle: SignInThrottle;
  /** The support desk's own address (MAIL_FROM): what customers and partners see instead of a staff member's. */
  readonly deskAddress: string;
}

export type AuthContext = RequestContext<AuthServices>;
