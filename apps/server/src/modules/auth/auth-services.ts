import type { RequestContext } from '../../graphql/context.js';
import type { Credentials } from './actor.loader.js';

/** What signing in and checking tokens need, built once per process. */
export type AuthServices = Credentials;

export type AuthContext = RequestContext<AuthServices>;
