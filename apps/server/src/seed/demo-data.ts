import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf, addDays } from '@desk/sla';
import { SupportLevel } from '../entities/sla/sla.enums.js';
import { IdentifierKind, OrganizationKind, ProductKind } from '../entities/organizations/organization.enums.js';
import { Role } from '../entities/auth/role.enum.js';
import { Organization } from '../entities/organizations/organization.entity.js';
import { Product } from '../entities/organizations/product.entity.js';
import { User } from '../entities/auth/user.entity.js';
import { hashPassword } from '../modules/auth/index.js';
import { normalizeOrganizationName } from '@desk/sla';
import { newContract } from '../modules/organizations/index.js';
import { seedInformationDemo } from './information-demo.js';

export const DEMO_PASSWORD = 'demo-password';

/** API.md "Demo data", plus one customer account per active customer for the portal. */
export async function seedDemoData(em: EntityManager, today: Date): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const organization = (name: string, kind: OrganizationKind) =>
    em.create(Organization, { name, normalizedName: normalizeOrganizationName(name), kind, createdAt: today });
  const vendor = organization('ЦЗИ ООО «Конфидент»', OrganizationKind.VENDOR);
  const alfa = organization('АО Альфа', OrganizationKind.CUSTOMER);
  const beta = organization('ПАО Бета', OrganizationKind.CUSTOMER);
  const gamma = organization('ООО Гамма', OrganizationKind.CUSTOMER);
  const partner = organization('ООО Партнёр-Сервис', OrganizationKind.PARTNER);
  partner.servedCustomers.add(alfa);

  const user = (email: string, fullName: string, role: Role, org: Organization | null) =>
    em.create(User, { email, fullName, role, passwordHash, organization: org, active: true, createdAt: today });
  user('lead@demo.local', 'Ирина Руководитель', Role.TEAM_LEAD, vendor);
  user('agent1@demo.local', 'Алексей Инженеров', Role.AGENT, vendor);
  user('agent2@demo.local', 'Мария Поддержкина', Role.AGENT, vendor);
  user('admin@demo.local', 'Администратор', Role.ADMIN, vendor);
  user('partner@demo.local', 'Павел Партнёров', Role.PARTNER, partner).organizationAdmin = true;
  user('alfa@demo.local', 'Анна Альфина', Role.CUSTOMER, alfa);
  user('beta@demo.local', 'Борис Бетов', Role.CUSTOMER, beta);
  // ООО Гамма's contract has expired: the portal's ID-2 refusal (SUPPORT_EXPIRED) can be tried as a customer.
  user('gamma@demo.local', 'Галина Гаммова', Role.CUSTOMER, gamma);

  const software = em.create(Product, { name: 'Dallas Lock 8.0', kind: ProductKind.SOFTWARE });
  const hardware = em.create(Product, { name: 'ПАК «Соболь» 4', kind: ProductKind.HARDWARE });

  const todayIso = moscowDateOf(today);
  const activeFrom = addDays(todayIso, -365);
  const activeUntil = addDays(todayIso, 365);
  const contract = (
    identifier: string,
    kind: IdentifierKind,
    org: Organization,
    product: Product,
    supportLevel: SupportLevel,
    validFrom: string,
    validUntil: string,
  ) => newContract(em, { organization: org, identifiers: [{ identifier, kind }], products: [product], supportLevel, validFrom, validUntil });
  contract('DL-BASIC-0001', IdentifierKind.LICENSE_NUMBER, alfa, software, SupportLevel.BASIC, activeFrom, activeUntil);
  contract('DL-EXT-0001', IdentifierKind.LICENSE_NUMBER, beta, software, SupportLevel.EXTENDED, activeFrom, activeUntil);
  contract('HW-EXT-0001', IdentifierKind.SERIAL_NUMBER, beta, hardware, SupportLevel.EXTENDED, activeFrom, activeUntil);
  contract('DL-EXPIRED-0001', IdentifierKind.LICENSE_NUMBER, gamma, software, SupportLevel.BASIC, '2023-01-01', '2024-12-31');
  await em.flush();
  await seedInformationDemo(em, today);
}
