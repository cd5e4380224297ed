import type { AuthChecker } from 'type-graphql';
import { Forbidden, NotAuthenticated } from '../common/errors.js';
import type { Role } from '../entities/auth/role.enum.js';
import type { RequestContext } from './context.js';

/** `@Authorized()` needs a signed-in user; `@Authorized(roles)` one of those roles. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (!context.actor) throw new NotAuthenticated();
  if (roles.length > 0 && !roles.includes(context.actor.role)) {
    throw new Forbidden(`This operation is for ${roles.join(', ')}; you are ${context.actor.role}`);
  }
  return true;
};

/** For resolvers behind `@Authorized`: the actor is known to be there. */
export function actorOf(context: RequestContext) {
  if (!context.actor) throw new NotAuthenticated();
  return context.actor;
}
