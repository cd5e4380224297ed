import type { EntityManager } from '@mikro-orm/core';
import type { Clock } from '../../common/clock.js';
import { InvalidState, NotFound, ProblemList } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { Invitation } from '../../entities/auth/invitation.entity.js';
import { Role } from '../../entities/auth/role.enum.js';
import { User } from '../../entities/auth/user.entity.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Channel } from '../../entities/tickets/ticket.enums.js';
import type { Actor } from '../../graphql/actor.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import { writeOutbox } from '../notifications/index.js';
import { LinkPurpose, newLinkToken, type AccountLinks } from './account-links.js';
import { accountMailLocale, invitationMail } from './account-mail.js';
import { assertManagesPerson, isOrganizationAdmin, organizationProblem } from './account-permissions.js';
import { normalizeEmail, emailProblem } from '../../common/email.js';

export interface InviteUserCommand {
  readonly email: string;
  readonly fullName: string;
  readonly role: Role;
  readonly organizationId?: string | null;
  readonly organizationAdmin?: boolean | null;
}

export enum InvitationStatus { PENDING = 'PENDING', ACCEPTED = 'ACCEPTED', REVOKED = 'REVOKED', EXPIRED = 'EXPIRED' }

export function invitationStatus(invitation: Invitation, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  return invitation.expiresAt <= now ? InvitationStatus.EXPIRED : InvitationStatus.PENDING;
}

/**
 * Invitations (#12): someone is invited by e-mail with a role, gets a one-time
 * link through the outbox and becomes a user by setting a password
 * (PasswordLinkService). Re-sending issues a new link and a new expiry.
 */
export class InvitationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly links: AccountLinks,
    private readonly audit: AuditActor,
  ) {}

  async invite(input: InviteUserCommand, actor: Actor): Promise<Invitation> {
    const problems = new ProblemList();
    const rawOrganization = input.organizationId ?? null;
    const organizationId = rawOrganization !== null ? idOf(rawOrganization) : isOrganizationAdmin(actor) ? actor.organizationId : null;
    assertManagesPerson(actor, { role: input.role, organizationId });
    const email = normalizeEmail(input.email);
    const badEmail = emailProblem(email);
    if (badEmail) problems.add('input.email', badEmail);
    const fullName = input.fullName.trim();
    if (!fullName || fullName.length > 300) problems.add('input.fullName', 'is required, at most 300 characters');
    const organization = organizationId !== null ? await this.em.findOne(Organization, organizationId) : null;
    if (rawOrganization !== null && !organization) problems.add('input.organizationId', 'is not an organization');
    else {
      const wrong = organizationProblem(input.role, organization?.kind ?? null);
      if (wrong) problems.add('input.organizationId', wrong);
    }
    if (!badEmail) {
      if (await this.em.count(User, { email })) problems.add('input.email', 'already belongs to a user');
      else if (await this.pendingFor(email)) problems.add('input.email', 'has a pending invitation: re-send or revoke it');
    }
    problems.throwIfAny();
    const now = this.clock.now();
    return this.em.transactional(async (tx) => {
      const invitation = tx.create(Invitation, {
        email,
        fullName,
        role: input.role,
        organization: organization ? tx.getReference(Organization, organization.id) : null,
        organizationAdmin: Boolean(input.organizationAdmin) && (input.role === Role.CUSTOMER || input.role === Role.PARTNER),
        tokenHash: '',
        invitedBy: tx.getReference(User, actor.userId),
        createdAt: now,
        expiresAt: now,
      });
      await this.issueLink(tx, invitation, organization?.name ?? null);
      await tx.flush();
      const after = { email, fullName, role: input.role, organization: organization?.name ?? null, organizationAdmin: invitation.organizationAdmin };
      await this.record(tx, invitation, AuditKind.USER_INVITED, `${email} invited as ${input.role}`, after);
      return invitation;
    });
  }

  /** A new link (the old one stops working) and a new expiry, sent again. */
  async resend(id: string, actor: Actor): Promise<Invitation> {
    const invitation = await this.managed(id, actor);
    this.assertOpen(invitation);
    await this.issueLink(this.em, invitation, invitation.organization ? (await invitation.organization.loadOrFail()).name : null);
    await this.record(this.em, invitation, AuditKind.INVITATION_RESENT, `Invitation of ${invitation.email} re-sent`, { expiresAt: invitation.expiresAt.toISOString() });
    await this.em.flush();
    return invitation;
  }

  async revoke(id: string, actor: Actor): Promise<Invitation> {
    const invitation = await this.managed(id, actor);
    this.assertOpen(invitation);
    invitation.revokedAt = this.clock.now();
    await this.record(this.em, invitation, AuditKind.INVITATION_REVOKED, `Invitation of ${invitation.email} revoked`, null);
    await this.em.flush();
    return invitation;
  }

  /** Admins: every invitation; an organization's admin: its organization's. Newest first. */
  list(actor: Actor): Promise<Invitation[]> {
    const where = actor.role === Role.ADMIN ? {} : { organization: actor.organizationId ?? -1, role: actor.role };
    return this.em.find(Invitation, where, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 500 });
  }

  private async issueLink(em: EntityManager, invitation: Invitation, organizationName: string | null): Promise<void> {
    const now = this.clock.now();
    const { token, hash } = newLinkToken(LinkPurpose.INVITATION);
    invitation.tokenHash = hash;
    invitation.expiresAt = new Date(now.getTime() + this.links.invitationTtlHours * 3_600_000);
    const locale = await accountMailLocale(em, invitation.email);
    const mail = invitationMail(invitation.fullName, invitation.role, organizationName, this.links.setPasswordUrl(token), invitation.expiresAt, locale);
    writeOutbox(em, { ticket: null, kind: NotificationKind.INVITATION, channel: Channel.EMAIL, recipient: invitation.email, subject: mail.subject, body: mail.text, html: mail.html, at: now });
  }

  private async record(em: EntityManager, invitation: Invitation, kind: AuditKind, summary: string, after: Record<string, unknown> | null): Promise<void> {
    await AuditLog.record(em, this.audit, { kind, summary, object: { type: 'Invitation', id: invitation.id }, after }, this.clock.now());
  }

  private async managed(id: string, actor: Actor): Promise<Invitation> {
    const invitationId = idOf(id);
    const invitation = invitationId === null ? null : await this.em.findOne(Invitation, invitationId);
    if (!invitation) throw new NotFound('Invitation', id);
    assertManagesPerson(actor, { role: invitation.role, organizationId: invitation.organization?.id ?? null });
    return invitation;
  }

  private assertOpen(invitation: Invitation): void {
    const status = invitationStatus(invitation, this.clock.now());
    if (status === InvitationStatus.ACCEPTED || status === InvitationStatus.REVOKED) {
      throw new InvalidState(`Invitation ${invitation.id} is ${status}: only a pending or expired one can be re-sent or revoked`);
    }
  }

  private pendingFor(email: string): Promise<Invitation | null> {
    return this.em.findOne(Invitation, { email, acceptedAt: null, revokedAt: null, expiresAt: { $gt: this.clock.now() } });
  }
}
