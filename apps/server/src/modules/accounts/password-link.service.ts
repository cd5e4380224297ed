import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { ProblemList, ValidationFailed } from '../../common/errors.js';
import { Invitation } from '../../entities/auth/invitation.entity.js';
import { PasswordReset } from '../../entities/auth/password-reset.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Channel } from '../../entities/tickets/ticket.enums.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import type { RequestOrigin } from '../../graphql/context.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import { demandSecondStep, hashPassword, type TokenService, type TwoFactorKit } from '../auth/index.js';
import { writeOutbox } from '../notifications/index.js';
import { LinkPurpose, hashLinkToken, newLinkToken, purposeOf, type AccountLinks } from './account-links.js';
import { accountMailLocale, passwordResetMail } from './account-mail.js';
import { normalizeEmail } from '../../common/email.js';
import { passwordProblem } from './password-policy.js';

/** What a valid one-time link is for and whose it is, for the set-password page. */
export interface PasswordLinkFacts {
  readonly purpose: LinkPurpose;
  readonly email: string;
  readonly fullName: string;
  readonly expiresAt: Date;
}

/** Past this many reset links an hour for one account, more requests send nothing (no mail bombing). */
const RESETS_PER_HOUR = 3;
const INVALID_LINK = 'is invalid, already used or expired: ask for a new link';

/**
 * One-time links (#12): an invitation accepted by setting a password, a
 * "forgot password" link (the answer never says whether the address exists).
 * Tokens are stored hashed, single use, expiring; a new password raises the
 * session version, so every earlier session ends at once.
 */
export class PasswordLinkService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly deps: {
      readonly links: AccountLinks;
      readonly tokens: TokenService;
      readonly events: EventBus;
      readonly origin: RequestOrigin;
      readonly twoFactor: TwoFactorKit;
    },
  ) {}

  async describe(token: string): Promise<PasswordLinkFacts | null> {
    const purpose = purposeOf(token);
    const now = this.clock.now();
    if (purpose === LinkPurpose.INVITATION) {
      const invitation = await this.openInvitation(token, now);
      return invitation && { purpose, email: invitation.email, fullName: invitation.fullName, expiresAt: invitation.expiresAt };
    }
    if (purpose === LinkPurpose.PASSWORD_RESET) {
      const reset = await this.openReset(token, now);
      const user = reset?.user.getEntity();
      return reset && user ? { purpose, email: user.email, fullName: user.fullName, expiresAt: reset.expiresAt } : null;
    }
    return null;
  }

  /**
   * Accepts an invitation or uses a reset link; answers signed in, as `login` does — with the same second step
   * when one is due (#15): a reset link proves the mailbox, not the authenticator app.
   */
  async setPassword(token: string, password: string): Promise<{ token: string; user: User }> {
    const purpose = purposeOf(token);
    const user = purpose === LinkPurpose.INVITATION ? await this.accept(token, password) : await this.reset(token, password);
    await demandSecondStep(this.em, { twoFactor: this.deps.twoFactor, clock: this.clock }, user);
    return { token: await this.deps.tokens.issue({ userId: user.id, role: user.role, sessionVersion: user.sessionVersion }), user };
  }

  /** Always answers the same; an active account gets a link through the outbox. */
  async requestReset(email: string): Promise<void> {
    const now = this.clock.now();
    const address = normalizeEmail(email).slice(0, 320);
    const user = await this.em.findOne(User, { email: address, active: true });
    const summary = `Password reset requested for ${address}${user ? '' : ' (no active account: nothing sent)'}`;
    const object = user ? { type: 'User', id: user.id } : null;
    await AuditLog.record(this.em, { userId: null, email: address, origin: this.deps.origin }, { kind: AuditKind.PASSWORD_RESET_REQUESTED, summary, object }, now);
    await this.em.flush();
    if (!user) return;
    const recent = await this.em.count(PasswordReset, { user, createdAt: { $gt: new Date(now.getTime() - 3_600_000) } });
    if (recent >= RESETS_PER_HOUR) return;
    await this.em.nativeUpdate(PasswordReset, { user, usedAt: null }, { usedAt: now });
    const { token, hash } = newLinkToken(LinkPurpose.PASSWORD_RESET);
    const expiresAt = new Date(now.getTime() + this.deps.links.passwordResetTtlMinutes * 60_000);
    this.em.create(PasswordReset, { user, tokenHash: hash, createdAt: now, expiresAt });
    const mail = passwordResetMail(user.fullName, this.deps.links.setPasswordUrl(token), expiresAt, await accountMailLocale(this.em, user.email));
    writeOutbox(this.em, { ticket: null, kind: NotificationKind.PASSWORD_RESET, channel: Channel.EMAIL, recipient: user.email, subject: mail.subject, body: mail.text, html: mail.html, at: now });
    await this.em.flush();
  }

  private async accept(token: string, password: string): Promise<User> {
    const now = this.clock.now();
    const invitation = await this.openInvitation(token, now);
    const problems = new ProblemList();
    if (!invitation) problems.add('token', INVALID_LINK);
    else if (await this.em.count(User, { email: invitation.email })) problems.add('token', 'the address already has an account: sign in');
    const weak = passwordProblem(password, invitation?.email ?? '');
    if (weak) problems.add('password', weak);
    problems.throwIfAny();
    const passwordHash = await hashPassword(password);
    return this.em.transactional(async (tx) => {
      // Conditional, so one link becomes one user even when submitted twice at once.
      const claimed = await tx.nativeUpdate(Invitation, { id: invitation!.id, acceptedAt: null, revokedAt: null }, { acceptedAt: now });
      if (claimed !== 1) throw new ValidationFailed([{ field: 'token', message: INVALID_LINK }]);
      const user = tx.create(User, {
        email: invitation!.email,
        fullName: invitation!.fullName,
        role: invitation!.role,
        organization: invitation!.organization,
        organizationAdmin: invitation!.organizationAdmin,
        passwordHash,
        createdAt: now,
      });
      await tx.flush();
      await tx.nativeUpdate(Invitation, { id: invitation!.id }, { user: user.id });
      const event = { kind: AuditKind.INVITATION_ACCEPTED, summary: `${user.email} accepted the invitation as ${user.role}`, object: { type: 'User', id: user.id } };
      await AuditLog.record(tx, this.actor(user), event, now);
      return user;
    });
  }

  private async reset(token: string, password: string): Promise<User> {
    const now = this.clock.now();
    const reset = purposeOf(token) === LinkPurpose.PASSWORD_RESET ? await this.openReset(token, now) : null;
    const problems = new ProblemList();
    if (!reset) problems.add('token', INVALID_LINK);
    const weak = passwordProblem(password, reset?.user.getEntity().email ?? '');
    if (weak) problems.add('password', weak);
    problems.throwIfAny();
    const passwordHash = await hashPassword(password);
    const user = await this.em.transactional(async (tx) => {
      const claimed = await tx.nativeUpdate(PasswordReset, { id: reset!.id, usedAt: null }, { usedAt: now });
      if (claimed !== 1) throw new ValidationFailed([{ field: 'token', message: INVALID_LINK }]);
      const found = await tx.findOneOrFail(User, reset!.user.id);
      found.passwordHash = passwordHash;
      found.sessionVersion += 1;
      const event = { kind: AuditKind.PASSWORD_RESET, summary: `${found.email} set a new password through a reset link`, object: { type: 'User', id: found.id } };
      await AuditLog.record(tx, this.actor(found), event, now);
      return found;
    });
    this.deps.events.publish({ type: 'access.revoked', userId: user.id, apiTokenId: null });
    return user;
  }

  private actor(user: User): AuditActor {
    return { userId: user.id, email: user.email, origin: this.deps.origin };
  }

  private openInvitation(token: string, now: Date): Promise<Invitation | null> {
    return this.em.findOne(Invitation, { tokenHash: hashLinkToken(token), acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } });
  }

  private openReset(token: string, now: Date): Promise<PasswordReset | null> {
    return this.em.findOne(
      PasswordReset,
      { tokenHash: hashLinkToken(token), usedAt: null, expiresAt: { $gt: now }, user: { active: true } },
      { populate: ['user'] },
    );
  }
}
