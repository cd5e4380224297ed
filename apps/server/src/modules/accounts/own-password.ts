import type { EntityManager } from '@mikro-orm/core';
import { NotAuthenticated, ProblemList } from '../../common/errors.js';
import { User } from '../../entities/auth/user.entity.js';
import type { Actor } from '../../graphql/actor.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import type { Clock } from '../../common/clock.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import type { RequestOrigin } from '../../graphql/context.js';
import { AuditLog } from '../audit/index.js';
import { hashPassword, verifyPassword, type TokenService } from '../auth/index.js';
import { passwordProblem } from './password-policy.js';

/**
 * Every signed-in user changes their own password, the current one required.
 * Earlier sessions end (the session version rises); the caller gets a fresh token.
 */
export async function changeOwnPassword(
  em: EntityManager,
  deps: { readonly tokens: TokenService; readonly events: EventBus; readonly clock: Clock },
  actor: Actor,
  origin: RequestOrigin,
  currentPassword: string,
  newPassword: string,
): Promise<{ token: string; user: User }> {
  const user = await em.findOne(User, { id: actor.userId, active: true });
  if (!user) throw new NotAuthenticated();
  const problems = new ProblemList();
  if (!(await verifyPassword(currentPassword, user.passwordHash))) problems.add('currentPassword', 'is not your current password');
  const weak = passwordProblem(newPassword, user.email);
  if (weak) problems.add('newPassword', weak);
  else if (newPassword === currentPassword) problems.add('newPassword', 'must differ from the current password');
  problems.throwIfAny();
  user.passwordHash = await hashPassword(newPassword);
  user.sessionVersion += 1;
  const event = { kind: AuditKind.PASSWORD_CHANGED, summary: `${user.email} changed their password`, object: { type: 'User', id: user.id } };
  await AuditLog.record(em, { userId: user.id, email: user.email, origin }, event, deps.clock.now());
  await em.flush();
  deps.events.publish({ type: 'access.revoked', userId: user.id, apiTokenId: null });
  return { token: await deps.tokens.issue({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }), user };
}
