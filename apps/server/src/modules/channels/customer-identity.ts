import type { EntityManager } from '@mikro-orm/core';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { ContractIdentifier } from '../../entities/organizations/contract-identifier.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { normalizeIdentifier } from '@desk/sla';

/**
 * Lookups every intake channel needs to identify a customer (ID-1, ID-2)
 * from what they wrote: a license number, serial number or support
 * activation code, and a phone number.
 */

/** The contract one of whose identifiers is `raw` (case, spaces ignored; LVL-1), with its organization. */
export function contractByIdentifier(em: EntityManager, raw: string): Promise<SupportContract | null> {
  const normalized = normalizeIdentifier(raw);
  if (!normalized) return Promise.resolve(null);
  return em
    .findOne(ContractIdentifier, { normalizedIdentifier: normalized }, { populate: ['contract.organization'] })
    .then((named) => named?.contract.getEntity() ?? null);
}

/** Contracts named by any of the candidate words, in the order the words came (a contract once). */
export async function contractsNamedIn(em: EntityManager, candidates: readonly string[]): Promise<SupportContract[]> {
  const normalized = [...new Set(candidates.map(normalizeIdentifier).filter(Boolean))];
  if (normalized.length === 0) return [];
  const found = await em.find(ContractIdentifier, { normalizedIdentifier: { $in: normalized } }, { populate: ['contract.organization'] });
  const order = new Map(normalized.map((n, i) => [n, i]));
  const contracts = found.sort((a, b) => order.get(a.normalizedIdentifier)! - order.get(b.normalizedIdentifier)!).map((i) => i.contract.getEntity());
  return [...new Set(contracts)];
}

/** The organization's contracts in force on `day` (YYYY-MM-DD, Moscow), and all of them. */
export async function contractsOf(em: EntityManager, organizationId: number, day: string): Promise<{ active: SupportContract[]; all: SupportContract[] }> {
  const all = await em.find(SupportContract, { organization: organizationId }, { populate: ['organization'], orderBy: { id: 'asc' } });
  return { all, active: all.filter((c) => c.validFrom <= day && day <= c.validUntil) };
}

/**
 * Digits that identify a phone number however it is typed: "+7 (812) 000-00-01",
 * "8 812 0000001" and "78120000001" are the same Russian number.
 */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 11 && (digits.startsWith('7') || digits.startsWith('8'))) return digits.slice(1);
  return digits;
}

export function samePhone(a: string, b: string): boolean {
  const ka = phoneKey(a);
  return ka.length >= 5 && ka === phoneKey(b);
}

/** Contacts of the organization with this phone number. */
export async function contactsWithPhone(em: EntityManager, organizationId: number, phone: string): Promise<Contact[]> {
  const contacts = await em.find(Contact, { organization: organizationId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  return contacts.filter((c) => samePhone(c.phone, phone));
}
