import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/core';
import { addDays, moscowDateOf, type IsoDate } from '@desk/sla';
import type { Clock } from '../../common/clock.js';
import { InvalidState, NotFound, ProblemList, ValidationFailed } from '../../common/errors.js';
import { idOf } from '../../common/ids.js';
import { AuditKind } from '../../entities/audit/audit.enums.js';
import { ContractEvent, ContractEventKind } from '../../entities/organizations/contract-event.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import { OrganizationKind } from '../../entities/organizations/organization.enums.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import type { SupportLevel } from '../../entities/sla/sla.enums.js';
import { AuditLog, type AuditActor } from '../audit/index.js';
import type { CreateContractInput, UpdateContractInput } from './contract.inputs.js';
import { checkIdentifiers, checkPeriod, isCalendarDate, type CheckedIdentifier } from './contract-terms.js';
import { newContract } from './new-contract.js';

const AUDIT_KIND: Record<ContractEventKind, AuditKind> = {
  CREATED: AuditKind.CONTRACT_CREATED,
  EDITED: AuditKind.CONTRACT_UPDATED,
  RENEWED: AuditKind.CONTRACT_RENEWED,
  LEVEL_CHANGED: AuditKind.CONTRACT_LEVEL_CHANGED,
  TERMINATED: AuditKind.CONTRACT_TERMINATED,
};

/**
 * Support contracts (#12, LVL-1): created, edited (identifiers, products),
 * renewed, re-levelled and terminated by admins, each step kept in the
 * contract's history and the audit log. Tickets keep the level they were
 * registered under (the ticket stores it, SLA-8, SLA-10): a change applies to
 * requests that arrive after it.
 */
export class ContractAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: { readonly clock: Clock; readonly audit: AuditActor },
  ) {}

  async create(input: CreateContractInput): Promise<SupportContract> {
    const problems = new ProblemList();
    const organization = await this.em.findOne(Organization, idOf(input.organizationId) ?? -1);
    if (organization?.kind !== OrganizationKind.CUSTOMER) problems.add('input.organizationId', 'must be a customer organization');
    const identifiers = checkIdentifiers(input.identifiers, 'input.identifiers', problems);
    const products = await this.products(input.productIds, 'input.productIds', problems);
    checkPeriod(input.validFrom, input.validUntil, { from: 'input.validFrom', until: 'input.validUntil' }, problems);
    await this.checkClashes(identifiers, null, 'input.identifiers', problems);
    problems.throwIfAny();
    return this.change(null, ContractEventKind.CREATED, (tx) =>
      newContract(tx, { organization: organization!, identifiers, products, supportLevel: input.supportLevel, validFrom: input.validFrom, validUntil: input.validUntil }),
    );
  }

  async update(id: string, input: UpdateContractInput): Promise<SupportContract> {
    const contract = await this.contract(id);
    const problems = new ProblemList();
    const identifiers = input.identifiers ? checkIdentifiers(input.identifiers, 'input.identifiers', problems) : null;
    const products = input.productIds ? await this.products(input.productIds, 'input.productIds', problems) : null;
    if (identifiers) await this.checkClashes(identifiers, contract.id, 'input.identifiers', problems);
    problems.throwIfAny();
    return this.change(contract, ContractEventKind.EDITED, async (tx) => {
      if (identifiers) await replaceIdentifiers(tx, contract, identifiers);
      if (products) {
        contract.products.set(products.map((p) => tx.getReference(Product, p.id)));
        contract.product = tx.getReference(Product, products[0]!.id, { wrapped: true });
      }
      return contract;
    });
  }

  /** A new validity period; the previous one stays in the history. Ends a termination. */
  async renew(id: string, validFrom: string, validUntil: string): Promise<SupportContract> {
    const contract = await this.contract(id);
    const problems = new ProblemList();
    checkPeriod(validFrom, validUntil, { from: 'validFrom', until: 'validUntil' }, problems);
    problems.throwIfAny();
    return this.change(contract, ContractEventKind.RENEWED, () => {
      contract.validFrom = validFrom;
      contract.validUntil = validUntil;
      contract.terminatedAt = null;
      return contract;
    });
  }

  /** An upgrade or downgrade: requests registered from now on get the new level; earlier tickets keep theirs. */
  async changeLevel(id: string, supportLevel: SupportLevel): Promise<SupportContract> {
    const contract = await this.contract(id);
    if (contract.supportLevel === supportLevel) throw new ValidationFailed([{ field: 'supportLevel', message: `is already ${supportLevel}` }]);
    return this.change(contract, ContractEventKind.LEVEL_CHANGED, () => {
      contract.supportLevel = supportLevel;
      return contract;
    });
  }

  /** Support ends after `lastDay` (default: today, Moscow): later requests are refused as SUPPORT_EXPIRED (ID-2). */
  async terminate(id: string, lastDay: string | null): Promise<SupportContract> {
    const contract = await this.contract(id);
    if (contract.terminatedAt) throw new InvalidState(`Contract ${contract.identifier} is already terminated: renew it to resume support`);
    const day = lastDay ?? moscowDateOf(this.deps.clock.now());
    if (!isCalendarDate(day)) throw new ValidationFailed([{ field: 'lastDay', message: 'must be a calendar date YYYY-MM-DD' }]);
    if (day > contract.validUntil || day < addDays(contract.validFrom, -1)) {
      throw new ValidationFailed([{ field: 'lastDay', message: `must be between the day before ${contract.validFrom} and ${contract.validUntil}` }]);
    }
    return this.change(contract, ContractEventKind.TERMINATED, () => {
      contract.validUntil = day as IsoDate;
      contract.terminatedAt = this.deps.clock.now();
      return contract;
    });
  }

  /** One step: the change, its history line and its audit entry in one transaction. */
  private async change(
    existing: SupportContract | null,
    kind: ContractEventKind,
    apply: (tx: EntityManager) => SupportContract | Promise<SupportContract>,
  ): Promise<SupportContract> {
    const at = this.deps.clock.now();
    const before = existing ? await terms(this.em, existing) : null;
    try {
      return await this.em.transactional(async (tx) => {
        const contract = await apply(tx);
        await tx.flush();
        const after = await terms(tx, contract);
        tx.create(ContractEvent, { contract, at, kind, actorId: this.deps.audit.userId, before, after });
        const summary = `Contract ${contract.identifier}: ${kind.toLowerCase().replace('_', ' ')}`;
        await AuditLog.record(tx, this.deps.audit, { kind: AUDIT_KIND[kind], summary, object: { type: 'SupportContract', id: contract.id }, before, after }, at);
        return contract;
      });
    } catch (error) {
      // Another admin took one of the identifiers in the meantime.
      if (error instanceof UniqueConstraintViolationException) throw new ValidationFailed([{ field: 'input.identifiers', message: 'an identifier was just taken by another contract: look again' }]);
      throw error;
    }
  }

  private async contract(id: string): Promise<SupportContract> {
    const contract = await this.em.findOne(SupportContract, idOf(id) ?? -1, { populate: ['products'] });
    if (!contract) throw new NotFound('Contract', id);
    return contract;
  }

  private async products(ids: readonly string[], field: string, problems: ProblemList): Promise<Product[]> {
    if (ids.length === 0) problems.add(field, 'needs at least one product');
    const wanted = ids.map((id) => idOf(id) ?? -1);
    const found = await this.em.find(Product, { id: { $in: wanted } });
    ids.forEach((id, index) => {
      if (!found.some((p) => p.id === wanted[index])) problems.add(`${field}.${index}`, `product ${id} does not exist`);
    });
    return wanted.map((id) => found.find((p) => p.id === id)).filter((p): p is Product => p !== undefined);
  }

  /** LVL-1: an identifier names one contract only; a clash names the identifier and who holds it. */
  private async checkClashes(identifiers: readonly CheckedIdentifier[], ownId: number | null, field: string, problems: ProblemList): Promise<void> {
    const normalized = identifiers.map((i) => i.normalized).filter(Boolean);
    if (normalized.length === 0) return;
    const taken = await this.em.find(
      ContractIdentifier,
      { normalizedIdentifier: { $in: normalized }, ...(ownId !== null ? { contract: { $ne: ownId } } : {}) },
      { populate: ['contract.organization'] },
    );
    for (const clash of taken) {
      const index = identifiers.findIndex((i) => i.normalized === clash.normalizedIdentifier);
      const holder = clash.contract.getEntity();
      problems.add(`${field}.${index}.identifier`, `${identifiers[index]!.identifier} already identifies contract ${holder.identifier} of ${holder.organization.getEntity().name}`);
    }
  }
}

/** Keeps rows whose identifier stays (so the unique index never sees it twice), drops the rest, adds the new. */
export async function replaceIdentifiers(tx: EntityManager, contract: SupportContract, identifiers: readonly CheckedIdentifier[]): Promise<void> {
  const current = await identifiersOf(tx, contract);
  for (const row of current) if (!identifiers.some((i) => i.normalized === row.normalizedIdentifier)) tx.remove(row);
  for (const given of identifiers) {
    const row = current.find((r) => r.normalizedIdentifier === given.normalized);
    if (row) Object.assign(row, { identifier: given.identifier, kind: given.kind });
    else tx.create(ContractIdentifier, { contract, identifier: given.identifier, normalizedIdentifier: given.normalized, kind: given.kind });
  }
  await tx.flush();
  const first = identifiers[0]!;
  Object.assign(contract, { identifier: first.identifier, normalizedIdentifier: first.normalized, identifierKind: first.kind });
}

/** What the history and the audit log keep of a contract. */
async function terms(em: EntityManager, contract: SupportContract): Promise<Record<string, unknown>> {
  const identifiers = await identifiersOf(em, contract);
  const products = await contract.products.loadItems();
  return {
    supportLevel: contract.supportLevel,
    validFrom: contract.validFrom,
    validUntil: contract.validUntil,
    identifiers: identifiers.map((i) => i.identifier),
    products: products.map((p) => p.name),
    ...(contract.terminatedAt ? { terminatedAt: contract.terminatedAt.toISOString() } : {}),
  };
}

/** A contract's identifiers, the printed one first, then in the order they were added. */
export async function identifiersOf(em: EntityManager, contract: SupportContract): Promise<ContractIdentifier[]> {
  const rows = await em.find(ContractIdentifier, { contract: contract.id }, { orderBy: { id: 'asc' } });
  const printed = (row: ContractIdentifier) => (row.normalizedIdentifier === contract.normalizedIdentifier ? 0 : 1);
  return rows.sort((a, b) => printed(a) - printed(b));
}
