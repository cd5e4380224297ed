import type { EntityManager } from '@mikro-orm/core';
import { formatMoscow } from '@desk/sla';
import { Locale, NotificationKind } from '../../entities/notifications/notification.enums.js';
import { Contact } from '../../entities/organizations/contact.entity.js';
import { Organization } from '../../entities/organizations/organization.entity.js';
import { SupportContract } from '../../entities/organizations/support-contract.entity.js';
import { Channel, TimelineKind } from '../../entities/tickets/ticket.enums.js';
import type { Ticket } from '../../entities/tickets/ticket.entity.js';
import { recordTimeline, type SalesDesk } from '../tickets/index.js';
import { renderMail } from './mail-layout.js';
import { writeOutbox } from './outbox.writer.js';

/**
 * The outbox behind the tickets' SalesDesk port (#19): one e-mail to the
 * sales mailbox (SALES_EMAIL) with everything sales need to answer without
 * asking support — organization, contract, the contact's details, the
 * subject and the customer's own text. In Russian: sales is an internal
 * department of the vendor (LVL-5).
 */
export function outboxSalesDesk(address: string): SalesDesk {
  return {
    address,
    async forward(em: EntityManager, ticket: Ticket, at: Date): Promise<void> {
      const [contact, organization, contract] = await Promise.all([
        em.findOneOrFail(Contact, ticket.contact.id),
        em.findOneOrFail(Organization, ticket.organization.id),
        em.findOneOrFail(SupportContract, ticket.contract.id),
      ]);
      const rendered = renderMail({
        locale: Locale.RU,
        subject: `[${ticket.number}] Коммерческий вопрос: ${ticket.subject}`,
        heading: 'Коммерческий вопрос клиента',
        greeting: 'Коллеги, здравствуйте!',
        blocks: [
          { text: `В техническую поддержку поступил коммерческий вопрос (${ticket.channel}). Ответьте, пожалуйста, клиенту напрямую: ему сообщено, что ответит коммерческий отдел.` },
          { quote: ticket.description },
        ],
        facts: [
          { label: 'Заявка', value: ticket.number },
          { label: 'Организация', value: organization.name },
          { label: 'Договор (идентификатор)', value: `${contract.identifier}, ${contract.supportLevel}, до ${contract.validUntil}` },
          { label: 'Контактное лицо', value: `${contact.fullName}, ${contact.position}` },
          { label: 'Телефон', value: contact.phone },
          { label: 'E-mail', value: contact.email ?? '—' },
          { label: 'Тема', value: ticket.subject },
          { label: 'Поступило', value: `${formatMoscow(ticket.receivedAt).slice(0, 16).replace('T', ' ')} (МСК)` },
        ],
        actions: [],
        notes: [],
        ticketNumber: ticket.number,
      });
      const message = writeOutbox(em, { ticket, kind: NotificationKind.SALES_FORWARD, channel: Channel.EMAIL, recipient: address, subject: rendered.subject, body: rendered.text, html: rendered.html, at });
      recordTimeline(em, ticket, {
        kind: TimelineKind.NOTIFICATION_QUEUED,
        at,
        actorId: null,
        summary: `Forwarded to sales (${NotificationKind.SALES_FORWARD}) via EMAIL to ${message.recipient}`,
        data: { kind: NotificationKind.SALES_FORWARD, channel: Channel.EMAIL },
      });
    },
  };
}
