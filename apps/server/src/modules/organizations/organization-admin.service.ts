import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { normalizeOrganizationName } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { NotFound, ProblemList, ValidationFailed } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { User } from '../../entities/auth/user.entity.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { OrganizationKind, type ProductKind } from '../../entities/organizations/organization.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import type { EventBus } from '../../infra/events/domain-events.js';
import { AuditLog, type AuditActor, type AuditEvent } from '../audit/index.js';
import type { ContactDetailsInput, CreateOrganizationInput } from './contract.inputs.js';
import { checkContact, checkOrganizationName } from './directory-details.js';

/**
 * The directory's admin side (#12): customer and partner organizations, their
 * contacts, the customers a partner serves, and the vendor's products. Every
 * change is in the audit log with before → after.
 */
export class OrganizationAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { readonly clock: Clock; readonly events: EventBus; readonly audit: AuditActor },
  ) {}

  async create(input: CreateOrganizationInput): Promise<Organization> {
    const problems = new ProblemList();
    const name = checkOrganizationName(input.name, 'input.name', problems);
    if (input.kind === OrganizationKind.VENDOR) problems.add('input.kind', 'must be CUSTOMER or PARTNER');
    problems.throwIfAny();
    return this.saved('input.name', async (tx) => {
      const organization = tx.create(Organization, { name, normalizedName: normalizeOrganizationName(name), kind: input.kind, createdAt: this.deps.clock.now() });
      await tx.flush();
      await this.record(tx, { kind: AuditKind.ORGANIZATION_CREATED, summary: `${input.kind} ${name} created`, object: ref(organization), after: { name, kind: input.kind } });
      return organization;
    });
  }

  async rename(id: string, newName: string): Promise<Organization> {
    const organization = await this.organization(id);
    const problems = new ProblemList();
    const name = checkOrganizationName(newName, 'name', problems);
    problems.throwIfAny();
    const before = { name: organization.name };
    return this.saved('name', async (tx) => {
      Object.assign(organization, { name, normalizedName: normalizeOrganizationName(name) });
      await this.record(tx, { kind: AuditKind.ORGANIZATION_UPDATED, summary: `${before.name} renamed to ${name}`, object: ref(organization), before, after: { name } });
      return organization;
    });
  }

  /** Which customers a partner serves (section 2); its people see the change on their next request (their sessions are re-read). */
  async setServedCustomers(partnerId: string, customerIds: readonly string[]): Promise<Organization> {
    const partner = await this.organization(partnerId, ['servedCustomers']);
    const problems = new ProblemList();
    if (partner.kind !== OrganizationKind.PARTNER) problems.add('partnerId', 'must be a partner organization');
    const wanted = customerIds.map((id) => idOf(id) ?? -1);
    const customers = await this.em.find(Organization, { id: { $in: wanted }, kind: OrganizationKind.CUSTOMER });
    customerIds.forEach((id, index) => {
      if (!customers.some((c) => c.id === wanted[index])) problems.add(`customerIds.${index}`, `${id} is not a customer organization`);
    });
    problems.throwIfAny();
    const before = { servedCustomers: partner.servedCustomers.getItems().map((c) => c.name).sort() };
    const after = { servedCustomers: customers.map((c) => c.name).sort() };
    await this.em.transactional(async (tx) => {
      partner.servedCustomers.set(customers);
      await this.record(tx, { kind: AuditKind.ORGANIZATION_UPDATED, summary: `Customers served by ${partner.name} changed`, object: ref(partner), before, after });
    });
    // The partner's webhooks hear of the customers it serves now (#18).
    this.deps.events.publish({ type: 'copy.changed', topic: 'webhook-audiences' });
    const people = await this.em.find(User, { organization: partner.id }, { fields: ['id'] });
    for (const person of people) this.deps.events.publish({ type: 'access.revoked', userId: person.id, apiTokenId: null });
    return partner;
  }

  async createContact(organizationId: string, input: ContactDetailsInput): Promise<Contact> {
    const organization = await this.organization(organizationId);
    const problems = new ProblemList();
    if (organization.kind !== OrganizationKind.CUSTOMER) problems.add('organizationId', 'must be a customer organization');
    const details = checkContact(input, problems);
    problems.throwIfAny();
    return this.em.transactional(async (tx) => {
      const contact = tx.create(Contact, { ...details, organization: tx.getReference(Organization, organization.id), createdAt: this.deps.clock.now() });
      await tx.flush();
      await this.record(tx, { kind: AuditKind.CONTACT_CREATED, summary: `Contact ${details.fullName} of ${organization.name} added`, object: ref(contact, 'Contact'), after: details });
      return contact;
    });
  }

  async updateContact(id: string, input: ContactDetailsInput): Promise<Contact> {
    const contact = await this.em.findOne(Contact, idOf(id) ?? -1);
    if (!contact) throw new NotFound('Contact', id);
    const problems = new ProblemList();
    const details = checkContact(input, problems);
    problems.throwIfAny();
    const before = { fullName: contact.fullName, position: contact.position, phone: contact.phone, email: contact.email, locale: contact.locale };
    return this.em.transactional(async (tx) => {
      Object.assign(contact, details);
      await this.record(tx, { kind: AuditKind.CONTACT_UPDATED, summary: `Contact ${details.fullName} edited`, object: ref(contact, 'Contact'), before, after: details });
      return contact;
    });
  }

  async createProduct(name: string, kind: ProductKind): Promise<Product> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200) throw new ValidationFailed([{ field: 'name', message: 'is required, at most 200 characters' }]);
    if (await this.em.count(Product, { name: trimmed })) throw new ValidationFailed([{ field: 'name', message: `a product named ${trimmed} exists` }]);
    return this.em.transactional(async (tx) => {
      const product = tx.create(Product, { name: trimmed, kind });
      await tx.flush();
      await this.record(tx, { kind: AuditKind.PRODUCT_CREATED, summary: `Product ${trimmed} added`, object: ref(product, 'Product'), after: { name: trimmed, kind } });
      return product;
    });
  }

  /** A name that matches another organization's (ID-2 compares normalized names) is the caller's to change. */
  private async saved<T>(field: string, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.em.transactional(work);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new ValidationFailed([{ field, message: 'another organization has this name' }]);
      throw error;
    }
  }

  private async organization(id: string, populate: 'servedCustomers'[] = []): Promise<Organization> {
    const organization = await this.em.findOne(Organization, idOf(id) ?? -1, { populate });
    if (!organization) throw new NotFound('Organization', id);
    return organization;
  }

  private record(tx: EntityManager, event: AuditEvent): Promise<unknown> {
    return AuditLog.record(tx, this.deps.audit, event, this.deps.clock.now());
  }
}

function ref(entity: { id: number }, type = 'Organization') {
  return { type, id: entity.id };
}
