import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../../common/clock.js';
import { UserTwoFactor } from '../../../entities/auth/user-two-factor.entity.js';
import type { User } from '../../../entities/auth/user.entity.js';
import { STAFF_ROLES } from '../../../graphql/actor.js';
import { SecondFactorEnrolmentRequired, SecondFactorRequired } from './second-factor-errors.js';
import { readSecuritySettings } from './security-settings.js';
import type { TwoFactorKit } from './two-factor-kit.js';

/** The user's two-factor state, when they have begun or finished enrolling. */
export function twoFactorOf(em: EntityManager, user: User | number): Promise<UserTwoFactor | null> {
  return em.findOne(UserTwoFactor, { user: typeof user === 'number' ? user : user.id });
}

export function isTwoFactorOn(state: UserTwoFactor | null): state is UserTwoFactor & { secret: string; enabledAt: Date } {
  return state?.enabledAt != null && state.secret !== null;
}

/** Whether admins require a second factor of this user (staff only; customers and partners may choose one). */
export async function isTwoFactorRequiredOf(em: EntityManager, user: User): Promise<boolean> {
  return STAFF_ROLES.includes(user.role) && (await readSecuritySettings(em)).staffTwoFactorRequired;
}

/**
 * Called once a password is proven, before a session is issued: throws when a second step is due — a code
 * (2FA on) or enrolment (staff without 2FA while admins require it) — carrying the challenge that step needs.
 */
export async function demandSecondStep(em: EntityManager, deps: { readonly twoFactor: TwoFactorKit; readonly clock: Clock }, user: User): Promise<void> {
  const now = deps.clock.now();
  const claims = { userId: user.id, sessionVersion: user.sessionVersion };
  if (isTwoFactorOn(await twoFactorOf(em, user))) {
    const { challenge, expiresAt } = await deps.twoFactor.challenges.issue({ ...claims, purpose: 'second-factor' }, now);
    throw new SecondFactorRequired(challenge, expiresAt);
  }
  if (await isTwoFactorRequiredOf(em, user)) {
    const { challenge, expiresAt } = await deps.twoFactor.challenges.issue({ ...claims, purpose: 'enrolment' }, now);
    throw new SecondFactorEnrolmentRequired(challenge, expiresAt);
  }
}
