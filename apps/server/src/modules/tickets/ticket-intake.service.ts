import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf } from '@desk/sla';
import { Forbidden, ProblemList, ValidationFailed } from '../../common/errors.js';
import { storableCopy } from '../../common/text.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { Channel, RejectionReason, TicketStatus, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import { NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { RefusedRequest } from '../../entities/tickets/refused-request.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import type { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { Ticket } from '../../entities/tickets/ticket.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { canSeeOrganization, isStaff, type Actor } from '../../graphql/actor.js';
import { normalizeIdentifier, normalizeOrganizationName } from '@desk/sla';
import { serviceHoursText, slaTermsFor } from '../sla/index.js';
import type { ContactDetails, CreateTicketCommand } from './create-ticket.command.js';
import { selfServiceChannelProblem, validateCreateTicket } from './create-ticket.validation.js';
import { runTicketIntake } from './ticket-change.js';
import { recordTimeline } from './timeline.js';
import { type TicketServices } from './ticket-services.js';
import { type AttachFiles } from './attach-files.js';
import { forwardedToSalesState, forwardToSales, isForwardedToSales } from './commercial-question.js';

/**
 * Turns a request from any channel into a ticket: identification (ID-1),
 * entitlement (ID-2), level from the contract (SLA-8), deadline (SLA-1..5).
 * A refused request is recorded before the error goes back, so nothing is lost.
 */
export class TicketIntakeService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: TicketServices,
    /** false: a request staff are correcting is already on the refused list; a failed attempt adds nothing to it. */
    private readonly recordRefusals = true,
  ) {}

  async create(command: CreateTicketCommand, actor: Actor | null, attach?: AttachFiles): Promise<Ticket> {
    return this.intake(command, actor, null, attach);
  }

  /** A request sent through the API: its channel must also be one the sender may claim, or it is refused and kept. */
  async submit(command: CreateTicketCommand, actor: Actor | null): Promise<Ticket> {
    return this.intake(command, actor, selfServiceChannelProblem(command.channel, actor));
  }

  private async intake(command: CreateTicketCommand, actor: Actor | null, channelProblem: string | null, attach?: AttachFiles): Promise<Ticket> {
    const now = this.deps.clock.now();
    if (command.receivedAt && !isStaff(actor)) {
      await this.refuse(command, actor, now, 'receivedAt can only be set by support staff');
      throw new Forbidden('Only support staff may set receivedAt (calls and e-mails registered later)');
    }
    const problems = validateCreateTicket(command, now);
    if (channelProblem) problems.add('input.channel', channelProblem);
    if (!problems.isEmpty) return this.refuseWith(command, actor, now, problems);

    // Any of the contract's identifiers identifies it (LVL-1, ID-1).
    const named = await this.em.findOne(ContractIdentifier, { normalizedIdentifier: normalizeIdentifier(command.identifier) }, { populate: ['contract.organization'] });
    const contract = named?.contract.getEntity() ?? null;
    if (!contract) {
      problems.add('input.identifier', 'no support contract has this license number, serial number or activation code (ID-2)');
      return this.refuseWith(command, actor, now, problems);
    }
    const organization = contract.organization.getEntity();
    if (normalizeOrganizationName(command.organizationName) !== organization.normalizedName) {
      problems.add('input.organizationName', `does not match the organization the identifier ${command.identifier} is registered to (ID-2)`);
      return this.refuseWith(command, actor, now, problems);
    }
    if (actor && !canSeeOrganization(actor, organization.id)) {
      await this.refuse(command, actor, now, 'the identifier belongs to an organization the requester does not represent');
      throw new Forbidden('You can open tickets only for your own organization or the customers you serve');
    }
    return this.register(command, contract, organization, actor, now, { attach });
  }

  /**
   * TKT-4: information sent for a closed (or refused) ticket registers a new
   * ticket linked to it; the closed one never reopens. The contract is checked
   * again, so an expired one is refused (ID-2). `channel` is where the new
   * information came from (default: the portal, or the closed ticket's for staff);
   * `attach` records files that came with it in the same transaction.
   */
  async continueClosed(closedId: number, body: string, actor: Actor | null, channel?: Channel, attach?: AttachFiles): Promise<Ticket> {
    const closed = await this.em.findOneOrFail(Ticket, closedId, { populate: ['contract', 'contact', 'organization'] });
    const contract = closed.contract.getEntity();
    const contact = closed.contact.getEntity();
    const command: CreateTicketCommand = {
      identifier: contract.identifier,
      organizationName: closed.organization.getEntity().name,
      contact: { fullName: contact.fullName, position: contact.position, phone: contact.phone, email: contact.email },
      subject: closed.subject,
      description: body,
      category: closed.category,
      criticality: closed.criticality,
      channel: channel ?? (isStaff(actor) ? closed.channel : Channel.PORTAL),
      // Same installation, same problem: appendix 1 is not asked again (TKT-8).
      productVersion: closed.productVersion,
      buildNumber: closed.buildNumber,
      osVersion: closed.osVersion,
      osBitness: closed.osBitness,
      hardwareModel: closed.hardwareModel,
      bootMode: closed.bootMode,
      installedSoftware: closed.installedSoftware,
      occursWhen: closed.occursWhen,
      stepsToReproduce: closed.stepsToReproduce,
      errorText: closed.errorText,
    };
    return this.register(command, contract, closed.organization.getEntity(), actor, this.deps.clock.now(), { continues: closed, attach });
  }

  private async register(
    command: CreateTicketCommand,
    contract: SupportContract,
    organization: Organization,
    actor: Actor | null,
    now: Date,
    { continues = null, attach }: { continues?: Ticket | null; attach?: AttachFiles | undefined } = {},
  ): Promise<Ticket> {
    const receivedAt = command.receivedAt ?? now;
    const calendar = await this.deps.calendar.current();
    // LVL-2: the ticket keeps the service hours in force now; a later change applies to later tickets.
    const periods = await this.deps.serviceHours.inForce(contract.supportLevel, now);
    const serviceHours = serviceHoursText(periods);
    const terms = slaTermsFor(calendar, contract.supportLevel, command.criticality, receivedAt, this.deps.atRiskShare, periods);
    const rejection = entitlementProblem(contract, moscowDateOf(receivedAt));
    const forwarded = isForwardedToSales(command.category, rejection);

    return runTicketIntake(this.em, this.deps, async (em, scope) => {
      const contact = await findOrCreateContact(em, organization, command.contact, now, scope.serialize);
      const ticket = em.create(Ticket, {
        subject: command.subject.trim(),
        description: command.description.trim(),
        category: command.category,
        criticality: command.criticality,
        supportLevel: contract.supportLevel,
        channel: command.channel,
        status: rejection ? TicketStatus.REJECTED : TicketStatus.NEW,
        // A refused request never waits in the queue (ID-2).
        awaitingReaction: !rejection,
        rejectionReason: rejection,
        receivedAt,
        ...terms,
        serviceHours,
        organization,
        contract,
        contact,
        createdBy: actor ? em.getReference(User, actor.userId) : null,
        productVersion: trimmed(command.productVersion),
        buildNumber: trimmed(command.buildNumber),
        osVersion: trimmed(command.osVersion),
        osBitness: command.osBitness ?? null,
        hardwareModel: trimmed(command.hardwareModel),
        bootMode: command.bootMode ?? null,
        installedSoftware: trimmed(command.installedSoftware),
        occursWhen: trimmed(command.occursWhen),
        stepsToReproduce: trimmed(command.stepsToReproduce),
        errorText: trimmed(command.errorText),
        continues,
        escalationLevel: 0,
        createdAt: now,
        updatedAt: now,
        ...(forwarded ? forwardedToSalesState(now) : {}),
      });
      await em.flush(); // the number (from the id) goes into the notification
      const actorId = actor?.userId ?? null;
      recordTimeline(em, ticket, {
        kind: TimelineKind.CREATED,
        at: now,
        actorId,
        summary: `Registered from ${command.channel}, ${contract.supportLevel} ${command.criticality}, P${terms.priority}`,
        data: {
          receivedAt: receivedAt.toISOString(),
          responseDueAt: terms.responseDueAt.toISOString(),
          channel: command.channel,
          supportLevel: contract.supportLevel,
          criticality: command.criticality,
          priority: terms.priority,
        },
      });
      if (rejection) {
        recordTimeline(em, ticket, {
          kind: TimelineKind.REJECTED,
          at: now,
          actorId,
          summary: `Support refused: ${rejection} (contract valid ${contract.validFrom} – ${contract.validUntil})`,
          data: { reason: rejection },
        });
      }
      if (continues) {
        recordTimeline(em, ticket, {
          kind: TimelineKind.LINKED,
          at: now,
          actorId,
          summary: `Continues closed ticket ${continues.number} (TKT-4)`,
          data: { continues: continues.id, continuesNumber: continues.number },
        });
      }
      await attach?.(em, ticket, null);
      if (forwarded) await forwardToSales(em, this.deps, ticket, actorId, now);
      else await this.deps.notices.notify(em, rejection ? NotificationKind.REJECTED : NotificationKind.RECEIVED, ticket, now);
      return ticket;
    });
  }

  private async refuseWith(command: CreateTicketCommand, actor: Actor | null, now: Date, problems: ProblemList): Promise<never> {
    const error = new ValidationFailed(problems.all);
    await this.refuse(command, actor, now, error.message);
    throw error;
  }

  private async refuse(command: CreateTicketCommand, actor: Actor | null, now: Date, reason: string): Promise<void> {
    if (!this.recordRefusals) return;
    const em = this.em.fork();
    em.create(RefusedRequest, {
      at: now,
      channel: command.channel ?? null,
      submittedBy: actor ? em.getReference(User, actor.userId) : null,
      reason: storableCopy(reason) as string,
      payload: storableCopy(JSON.parse(JSON.stringify(command))) as Record<string, unknown>,
    });
    await em.flush();
  }
}

/** ID-2: support is provided only while the contract is in force on the day the request arrived. */
function entitlementProblem(contract: SupportContract, day: string): RejectionReason | null {
  if (day > contract.validUntil) return RejectionReason.SUPPORT_EXPIRED;
  if (day < contract.validFrom) return RejectionReason.SUPPORT_NOT_STARTED;
  return null;
}

/**
 * The contact person of the request (ID-1), created on first contact. Two
 * intakes from one new person at once must not create them twice: a miss is
 * looked up again after `serialize` (the queue lock, held until commit by
 * whoever created them first), so only the first creates.
 */
async function findOrCreateContact(em: EntityManager, organization: Organization, details: ContactDetails, now: Date, serialize: () => Promise<void>): Promise<Contact> {
  const fullName = details.fullName.trim();
  const phone = details.phone.trim();
  const email = trimmed(details.email)?.toLowerCase() ?? null;
  let existing = await em.findOne(Contact, { organization, fullName, phone });
  if (!existing) {
    await serialize();
    existing = await em.findOne(Contact, { organization, fullName, phone }, { refresh: true });
  }
  if (existing) {
    // Assigned only when it differs: a touched contact makes the ORM flush before every later read in the
    // transaction, which split the ticket's timeline lines into one INSERT each (pnpm bench intake).
    const position = details.position.trim();
    if (existing.position !== position) existing.position = position;
    if (email && existing.email !== email) existing.email = email;
    return existing;
  }
  return em.create(Contact, { organization, fullName, position: details.position.trim(), phone, email, createdAt: now });
}

function trimmed(value: string | null | undefined): string | null {
  const t = value?.trim();
  return t ? t : null;
}
