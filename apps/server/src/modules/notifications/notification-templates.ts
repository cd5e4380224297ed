import { formatMoscow } from '@desk/sla';
import { NotificationKind } from '../../entities/enums.js';

export interface TicketFacts {
  number: string;
  subject: string;
  contactName: string;
  responseDueAt: Date;
  rejectionReason?: string | null;
}

export interface RenderedNotification {
  subject: string;
  body: string;
}

const REJECTION_TEXT: Record<string, string> = {
  SUPPORT_EXPIRED:
    'срок действия технической поддержки по указанному номеру лицензии (серийному номеру) истёк. ' +
    'Для продления поддержки обратитесь в коммерческий отдел: isc@confident.ru',
  SUPPORT_NOT_STARTED: 'техническая поддержка по указанному номеру лицензии (серийному номеру) ещё не началась.',
};

/** Russian first (LVL-5); the ticket number in the subject threads replies. */
export function renderNotification(kind: NotificationKind, facts: TicketFacts): RenderedNotification {
  const greeting = `Здравствуйте, ${facts.contactName}!`;
  const signature = '\n\nС уважением,\nслужба технической поддержки\nhelpdesk@confident.ru';
  switch (kind) {
    case NotificationKind.RECEIVED:
      return {
        subject: `[${facts.number}] Обращение получено: ${facts.subject}`,
        body:
          `${greeting}\n\nВаше обращение «${facts.subject}» получено и зарегистрировано под номером ${facts.number}. ` +
          `Гарантированное время реакции — до ${formatMoscow(facts.responseDueAt)} (МСК).${signature}`,
      };
    case NotificationKind.WORK_STARTED:
      return {
        subject: `[${facts.number}] Заявка зарегистрирована, работы начаты: ${facts.subject}`,
        body:
          `${greeting}\n\nВаша заявка ${facts.number} «${facts.subject}» зарегистрирована, ` +
          `специалист технической поддержки приступил к работе над ней.${signature}`,
      };
    case NotificationKind.REJECTED:
      return {
        subject: `[${facts.number}] Обращение отклонено: ${facts.subject}`,
        body:
          `${greeting}\n\nК сожалению, мы не можем принять обращение ${facts.number} в работу: ` +
          `${REJECTION_TEXT[facts.rejectionReason ?? ''] ?? 'услуга технической поддержки не может быть оказана.'}${signature}`,
      };
  }
}
