import type { RequestContext } from '../../graphql/context.js';
import type { Credentials } from './actor.loader.js';
import type { SignInThrottle } from './sign-in-throttle.js';

/** What signing in and checking tokens need, built once per process. */
export interface AuthServices extends Credentials {
  readonly signInThrottle: SignInThrottle;
}

export type AuthContext = RequestContext<AuthServices>;
