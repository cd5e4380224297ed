import type { EntityManager } from '@mikro-orm/core';
import { Contact } from '../../../entities/organizations/contact.entity.js';
import { Criticality } from '../../../entities/sla/sla.enums.js';
import { Role } from '../../../entities/auth/role.enum.js';
import { TicketCategory } from '../../../entities/tickets/ticket.enums.js';
import type { Organization } from '../../../entities/organizations/organization.entity.js';
import type { SupportContract } from '../../../entities/organizations/support-contract.entity.js';
import { User } from '../../../entities/auth/user.entity.js';
import { canSeeOrganization, type Actor } from '../../../graphql/actor.js';
import { actorOf } from '../../auth/index.js';
import { normalizeOrganizationName } from '@desk/sla';
import { type ContactDetails } from '../../tickets/index.js';
import { contractByIdentifier, contractsNamedIn, contractsOf } from '../customer-identity.js';
import { identifierCandidates, parseIdentificationFields, type IdentificationFields } from './identification-fields.js';

/** The parts of ID-1 a message can lack. */
export type MissingItem = 'identifier' | 'organizationName' | 'fullName' | 'position' | 'phone';

export const MISSING_ITEM_RU: Record<MissingItem, string> = {
  identifier: 'номер лицензии (для программного продукта), серийный номер (для аппаратного) или код активации технической поддержки',
  organizationName: 'наименование организации',
  fullName: 'ФИО контактного лица',
  position: 'должность контактного лица',
  phone: 'контактный телефон',
};

/** The line the customer adds to a reply to supply the item. */
export const MISSING_ITEM_LINE_RU: Record<MissingItem, string> = {
  identifier: 'Номер лицензии:',
  organizationName: 'Организация:',
  fullName: 'ФИО:',
  position: 'Должность:',
  phone: 'Телефон:',
};

export interface Identified {
  readonly ok: true;
  readonly contract: SupportContract;
  readonly organization: Organization;
  readonly contact: ContactDetails;
  /** The sender's portal account when it may open tickets for this organization (becomes `createdBy`). */
  readonly actor: Actor | null;
  readonly fields: IdentificationFields;
  readonly criticality: Criticality;
  readonly category: TicketCategory;
}

export interface NotIdentified {
  readonly ok: false;
  readonly missing: MissingItem[];
  /** What was given but is wrong, in Russian, for the automatic reply. */
  readonly problems: string[];
  readonly fields: IdentificationFields;
}

export interface MailToIdentify {
  /** The From: address, lower-cased. */
  readonly sender: string | null;
  readonly subject: string;
  readonly text: string;
  /** Moscow day the message arrived: which contracts are in force (ID-2). */
  readonly day: string;
}

/** Who the sender is in our records: contact person(s) with that e-mail, portal accounts. */
export interface SenderRecords {
  readonly contacts: Contact[];
  readonly users: User[];
}

/**
 * ID-1 for e-mail: who is writing, for which contract. The sender's address
 * identifies a known contact person (their organization, name, position,
 * phone); the text adds or overrides any of it with "Label: value" lines, and
 * names the contract by its license or serial number. A known contact whose
 * organization has exactly one contract in force needs no number at all.
 */
export async function identifyMail(em: EntityManager, mail: MailToIdentify): Promise<Identified | NotIdentified> {
  const fields = parseIdentificationFields(mail.text);
  const records = await senderRecords(em, mail.sender);
  const problems: string[] = [];
  const missing: MissingItem[] = [];
  const notIdentified = (): NotIdentified => ({ ok: false, missing, problems, fields });

  const senderOrganizations = new Map<number, Organization>();
  for (const c of records.contacts) senderOrganizations.set(c.organization.id, c.organization.getEntity());
  for (const u of records.users) if (u.role === Role.CUSTOMER && u.organization) senderOrganizations.set(u.organization.id, u.organization.getEntity());

  const knownOrganization = chooseOrganization(senderOrganizations, fields.organizationName);

  // 1. The contract: a labelled number, a number anywhere in the text, or the known sender's only contract.
  let contract: SupportContract | null = null;
  if (fields.identifier) {
    contract = (await contractByIdentifier(em, fields.identifier)) ?? (await contractsNamedIn(em, identifierCandidates(fields.identifier)))[0] ?? null;
    if (!contract) {
      problems.push(
        `номер «${fields.identifier}» не найден среди договоров технической поддержки — проверьте его по формуляру, коробке дистрибутива или шильдику устройства`,
      );
    }
  } else {
    const named = await contractsNamedIn(em, identifierCandidates(`${mail.subject}\n${mail.text}`));
    contract = named.find((c) => senderOrganizations.has(c.organization.id)) ?? named[0] ?? null;
  }
  if (!contract && !fields.identifier) {
    const organization = knownOrganization;
    if (organization) {
      const { active, all } = await contractsOf(em, organization.id, mail.day);
      // One contract in force: that one. None in force but exactly one at all: that one too, so an
      // expired contract is registered as REJECTED SUPPORT_EXPIRED and the customer told why (ID-2).
      contract = active.length === 1 ? active[0]! : active.length === 0 && all.length === 1 ? all[0]! : null;
      if (!contract && all.length > 1) {
        problems.push(
          `у организации «${organization.name}» несколько договоров технической поддержки — укажите номер лицензии или серийный номер продукта, по которому обращение`,
        );
      }
    }
  }
  if (!contract && !fields.identifier) missing.push('identifier');

  // 2. The organization: the contract's; a name in the text must match it (ID-2).
  const organization = contract?.organization.getEntity() ?? null;
  if (fields.organizationName) {
    if (organization && normalizeOrganizationName(fields.organizationName) !== organization.normalizedName) {
      problems.push(`организация «${fields.organizationName}» не совпадает с организацией, на которую зарегистрирован номер «${contract!.identifier}»`);
    }
  } else if (organization ? !senderOrganizations.has(organization.id) : !knownOrganization) {
    // Nobody at this address is known for the organization: it must be named (ID-1).
    missing.push('organizationName');
  }

  // 3. The contact person: the sender's record in that organization, overridden by the text.
  const about = organization ?? knownOrganization;
  const record = about ? records.contacts.find((c) => c.organization.id === about.id) : records.contacts[0];
  const account = records.users.find((u) => !about || u.organization?.id === about.id);
  const contact: ContactDetails = {
    fullName: fields.fullName ?? record?.fullName ?? account?.fullName ?? '',
    position: fields.position ?? record?.position ?? '',
    phone: fields.phone ?? record?.phone ?? '',
    email: mail.sender,
  };
  if (!contact.fullName) missing.push('fullName');
  if (!contact.position) missing.push('position');
  if (!contact.phone) missing.push('phone');

  if (!contract || !organization || missing.length > 0 || problems.length > 0) return notIdentified();
  const category = categoryOf(fields.category);
  // TKT-1: only an incident can be critical.
  const criticality = category === TicketCategory.INCIDENT ? criticalityOf(fields.criticality) : Criticality.NON_CRITICAL;
  return {
    ok: true,
    contract,
    organization,
    contact,
    actor: await senderActor(em, records.users, organization.id),
    fields,
    criticality,
    // A commercial question goes to sales at intake (#19); anything else is an incident until agents recategorize it.
    category,
  };
}

export async function senderRecords(em: EntityManager, sender: string | null): Promise<SenderRecords> {
  if (!sender) return { contacts: [], users: [] };
  const [contacts, users] = await Promise.all([
    em.find(Contact, { email: sender }, { populate: ['organization'], orderBy: { createdAt: 'desc', id: 'desc' } }),
    em.find(User, { email: sender, active: true, role: { $in: [Role.CUSTOMER, Role.PARTNER] } }, { populate: ['organization'] }),
  ]);
  return { contacts, users };
}

function chooseOrganization(known: Map<number, Organization>, named: string | undefined): Organization | null {
  const candidates = [...known.values()].filter((o) => !named || o.normalizedName === normalizeOrganizationName(named));
  return candidates.length === 1 ? candidates[0]! : null;
}

/** The sender's portal account as an actor, when it may act for the organization (a customer of it, a partner serving it). */
export async function senderActor(em: EntityManager, users: readonly User[], organizationId: number): Promise<Actor | null> {
  for (const user of users) {
    const actor = await actorOf(em, user);
    if (canSeeOrganization(actor, organizationId)) return actor;
  }
  return null;
}

/** "Критичность: критический" → CRITICAL; anything else (or nothing) → NON_CRITICAL until an agent reclassifies (SLA-8). */
/** #19: "коммерческий вопрос", "commercial question" (any case, any wording with the stem) → COMMERCIAL_QUESTION; else INCIDENT. */
export function categoryOf(value: string | undefined): TicketCategory {
  return /коммерч|commercial|sales|продаж/i.test(value ?? '') ? TicketCategory.COMMERCIAL_QUESTION : TicketCategory.INCIDENT;
}

export function criticalityOf(value: string | undefined): Criticality {
  const v = value?.trim().toLowerCase() ?? '';
  if (!v || /не\s*крит|некрит|non|not|low|обычн/.test(v)) return Criticality.NON_CRITICAL;
  return /крит|critical|high|высок/.test(v) ? Criticality.CRITICAL : Criticality.NON_CRITICAL;
}

