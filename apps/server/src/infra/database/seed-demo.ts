import type { EntityManager } from '@mikro-orm/core';
import { moscowDateOf, addDays } from '@desk/sla';
import { Channel, TicketCategory } from '../../entities/tickets/ticket.enums.js';
import { Criticality, SupportLevel } from '../../entities/sla/sla.enums.js';
import { IdentifierKind, OrganizationKind, ProductKind } from '../../entities/organizations/organization.enums.js';
import { Role } from '../../entities/auth/role.enum.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { Product } from '../../entities/organizations/product.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { User } from '../../entities/auth/user.entity.js';
import { hashPassword } from '../../modules/auth/password.js';
import { normalizeIdentifier, normalizeOrganizationName } from '../../modules/organizations/normalize.js';
import { actorOf } from '../../modules/auth/actor.loader.js';
import { seedInformationDemo } from '../../modules/knowledge/information-demo.js';
import type { CreateTicketCommand } from '../../modules/tickets/create-ticket.command.js';
import { TicketIntakeService, type IntakeDependencies } from '../../modules/tickets/ticket-intake.service.js';

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
  ) =>
    em.create(SupportContract, {
      identifier,
      normalizedIdentifier: normalizeIdentifier(identifier),
      identifierKind: kind,
      organization: org,
      product,
      supportLevel,
      validFrom,
      validUntil,
    });
  contract('DL-BASIC-0001', IdentifierKind.LICENSE_NUMBER, alfa, software, SupportLevel.BASIC, activeFrom, activeUntil);
  contract('DL-EXT-0001', IdentifierKind.LICENSE_NUMBER, beta, software, SupportLevel.EXTENDED, activeFrom, activeUntil);
  contract('HW-EXT-0001', IdentifierKind.SERIAL_NUMBER, beta, hardware, SupportLevel.EXTENDED, activeFrom, activeUntil);
  contract('DL-EXPIRED-0001', IdentifierKind.LICENSE_NUMBER, gamma, software, SupportLevel.BASIC, '2023-01-01', '2024-12-31');
  await em.flush();
  await seedInformationDemo(em, today);
}

/** Registers the demo requests through the real intake, as the team lead taking calls and e-mails. */
export async function seedDemoTickets(em: EntityManager, deps: IntakeDependencies): Promise<void> {
  const lead = await em.findOneOrFail(User, { email: 'lead@demo.local' });
  const actor = await actorOf(em, lead);
  for (const request of demoTicketRequests(deps.clock.now())) {
    await new TicketIntakeService(em.fork(), deps).create(request, actor);
  }
}

/** A few open requests so a fresh demo shows a live queue in every priority. */
function demoTicketRequests(now: Date): CreateTicketCommand[] {
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const alfaContact = { fullName: 'Анна Альфина', position: 'Администратор ИБ', phone: '+7 812 000-00-01', email: 'alfa@demo.local' };
  const betaContact = { fullName: 'Борис Бетов', position: 'Инженер', phone: '+7 495 000-00-02', email: 'beta@demo.local' };
  return [
    {
      identifier: 'DL-EXT-0001', organizationName: 'ПАО Бета', contact: betaContact, channel: Channel.PHONE,
      subject: 'АРМ не загружается после обновления', description: 'После установки обновления АРМ зависает на экране входа.',
      category: TicketCategory.INCIDENT, criticality: Criticality.CRITICAL, receivedAt: minutesAgo(5),
    },
    {
      identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа', contact: alfaContact, channel: Channel.EMAIL,
      subject: 'Ошибка при входе в систему', description: 'Сообщение «Ошибка аутентификации» при входе доменного пользователя.',
      category: TicketCategory.INCIDENT, criticality: Criticality.CRITICAL, receivedAt: minutesAgo(12),
    },
    {
      identifier: 'HW-EXT-0001', organizationName: 'ПАО Бета', contact: betaContact, channel: Channel.PORTAL,
      subject: 'Вопрос о настройке UEFI', description: 'Как включить режим UEFI для ПАК?',
      category: TicketCategory.INSTALLATION_CONFIGURATION, criticality: Criticality.NON_CRITICAL, receivedAt: minutesAgo(20),
    },
    {
      identifier: 'DL-BASIC-0001', organizationName: 'АО Альфа', contact: alfaContact, channel: Channel.PORTAL,
      subject: 'Срок действия сертификата', description: 'Подскажите срок действия сертификата ФСТЭК на версию 8.0.',
      category: TicketCategory.CERTIFICATE_INFO, criticality: Criticality.NON_CRITICAL, receivedAt: minutesAgo(30),
    },
  ];
}
