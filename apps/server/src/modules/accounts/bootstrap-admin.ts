import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { ProblemList } from '../../common/errors.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { Invitation } from '../../entities/auth/invitation.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { AuditLog } from '../audit/index.js';
import { hashPassword } from '../auth/index.js';
import { LinkPurpose, newLinkToken, type AccountLinks } from './account-links.js';
import { emailProblem, normalizeEmail } from '../../common/email.js';
import { passwordProblem } from './password-policy.js';

export type BootstrapResult =
  | { readonly kind: 'created'; readonly user: User }
  /** The one-time set-password link, to be shown once: only its hash is stored. */
  | { readonly kind: 'link'; readonly url: string; readonly expiresAt: Date };

/**
 * An admin made from the server's command line (`admin:create`), so a desk
 * with no demo data can be put into service: with a password (the same rules
 * as everywhere), or as an invitation whose link the operator passes on.
 */
export async function bootstrapAdmin(
  em: EntityManager,
  deps: { readonly clock: Clock; readonly links: AccountLinks },
  input: { readonly email: string; readonly fullName: string; readonly password: string | null },
): Promise<BootstrapResult> {
  const email = normalizeEmail(input.email);
  const problems = new ProblemList();
  const badEmail = emailProblem(email);
  if (badEmail) problems.add('email', badEmail);
  else if (await em.count(User, { email })) problems.add('email', 'already belongs to a user');
  if (!input.fullName.trim()) problems.add('name', 'is required');
  const weak = input.password === null ? null : passwordProblem(input.password, email);
  if (weak) problems.add('password', weak);
  problems.throwIfAny();
  const now = deps.clock.now();
  const origin = { ip: null, userAgent: 'admin:create (command line)' };
  return em.transactional(async (tx) => {
    if (input.password !== null) {
      const user = tx.create(User, { email, fullName: input.fullName.trim(), role: Role.ADMIN, passwordHash: await hashPassword(input.password), createdAt: now });
      await tx.flush();
      await AuditLog.record(tx, { userId: null, email, origin }, { kind: AuditKind.ADMIN_BOOTSTRAPPED, summary: `Admin ${email} created on the command line`, object: { type: 'User', id: user.id } }, now);
      return { kind: 'created', user };
    }
    const { token, hash } = newLinkToken(LinkPurpose.INVITATION);
    const expiresAt = new Date(now.getTime() + deps.links.invitationTtlHours * 3_600_000);
    const invitation = tx.create(Invitation, { email, fullName: input.fullName.trim(), role: Role.ADMIN, tokenHash: hash, createdAt: now, expiresAt });
    await tx.flush();
    const summary = `Admin ${email} invited on the command line (link printed once)`;
    await AuditLog.record(tx, { userId: null, email, origin }, { kind: AuditKind.ADMIN_BOOTSTRAPPED, summary, object: { type: 'Invitation', id: invitation.id } }, now);
    return { kind: 'link', url: deps.links.setPasswordUrl(token), expiresAt };
  });
}
