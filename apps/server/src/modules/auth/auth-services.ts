import type { RequestContext } from '../../graphql/context.js';
import type { AccessWatch } from './access-watch.js';
import type { Credentials } from './actor.loader.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import type { TwoFactorKit } from './two-factor/two-factor-kit.js';

/** What signing in and checking tokens need, built once per process; AccessWatch ends revoked identities' sockets. */
export interface AuthServices extends Credentials {
  readonly access: AccessWatch;
  readonly signInThrottle: SignInThrottle;
  /** The support desk's own address (MAIL_FROM): what customers and partners see instead of a staff member's. */
  readonly deskAddress: string;
  /** Two-factor sign-in's secret box and sign-in challenges (#15). */
  readonly twoFactor: TwoFactorKit;
}

export type AuthContext = RequestContext<AuthServices>;
