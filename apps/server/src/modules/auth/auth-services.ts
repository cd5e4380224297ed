import type { RequestContext } from '../../graphql/context.js';
import type { AccessWatch } from './access-watch.js';
import type { Credentials } from './actor.loader.js';

/** What signing in and checking tokens need, built once per process; AccessWatch ends revoked identities' sockets. */
export interface AuthServices extends Credentials {
  readonly access: AccessWatch;
}

export type AuthContext = RequestContext<AuthServices>;
