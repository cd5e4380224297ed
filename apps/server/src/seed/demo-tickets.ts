import type { EntityManager } from '@mikro-orm/core';
import { User } from '../entities/auth/user.entity.js';
import { Criticality } from '../entities/sla/sla.enums.js';
import { Channel, TicketCategory } from '../entities/tickets/ticket.enums.js';
import { actorOf } from '../modules/auth/index.js';
import { type CreateTicketCommand, TicketIntakeService, type TicketServices } from '../modules/tickets/index.js';

/** Registers the demo requests through the real intake, as the team lead taking calls and e-mails. */
export async function seedDemoTickets(em: EntityManager, deps: TicketServices): Promise<void> {
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
