import { formatMoscow } from '@desk/sla';
import { Locale } from '../../entities/notifications/notification.enums.js';
import { MessageKind, RejectionReason, Resolution } from '../../entities/tickets/ticket.enums.js';
import type { CustomerNoticeKind } from '../tickets/index.js';

/** What a notification may mention; each template uses the parts it needs. */
export interface TicketFacts {
  number: string;
  subject: string;
  contactName: string;
  responseDueAt: Date;
  rejectionReason?: RejectionReason | null;
  rejectionNote?: string | null;
  resolution?: Resolution | null;
  resolutionNote?: string | null;
  thirdPartyVendor?: string | null;
  expectedResolutionAt?: Date | null;
  messageKind?: MessageKind | null;
  messageBody?: string | null;
  autoCloseAt?: Date | null;
}

export interface RenderedNotification {
  subject: string;
  body: string;
}

interface Phrases {
  greeting: (name: string) => string;
  signature: string;
  subject: Record<CustomerNoticeKind, string>;
  received: (f: TicketFacts) => string;
  workStarted: (f: TicketFacts) => string;
  rejected: (f: TicketFacts) => string;
  agentMessage: (f: TicketFacts) => string;
  answerReceived: (f: TicketFacts) => string;
  closed: (f: TicketFacts) => string;
  autoClosed: (f: TicketFacts) => string;
  expectedResolution: (f: TicketFacts) => string;
  rejection: Record<RejectionReason, string>;
  resolution: Record<Resolution, string>;
  messageLead: Record<MessageKind, string>;
}

/** What is said about a ticket; the identification auto-reply has no ticket and its own template (identification-reply.ts). */

const moscow = (at: Date | null | undefined) => (at ? `${formatMoscow(at).slice(0, 16).replace('T', ' ')} (МСК)` : '');

const RU: Phrases = {
  greeting: (name) => `Здравствуйте, ${name}!`,
  signature: '\n\nС уважением,\nслужба технической поддержки\nhelpdesk@confident.ru',
  subject: {
    RECEIVED: 'Обращение получено',
    WORK_STARTED: 'Заявка зарегистрирована, работы начаты',
    REJECTED: 'Обращение отклонено',
    AGENT_MESSAGE: 'Ответ службы поддержки',
    ANSWER_RECEIVED: 'Ваш ответ получен',
    CLOSED: 'Заявка закрыта',
    AUTO_CLOSED: 'Заявка закрыта: нет ответа',
    EXPECTED_RESOLUTION: 'Ожидаемый срок решения',
  },
  received: (f) =>
    `Ваше обращение «${f.subject}» получено и зарегистрировано под номером ${f.number}. ` +
    `Гарантированное время реакции — до ${moscow(f.responseDueAt)}.`,
  workStarted: (f) =>
    `Ваша заявка ${f.number} «${f.subject}» зарегистрирована, специалист технической поддержки приступил к работе над ней.`,
  rejected: (f) =>
    `К сожалению, мы не можем принять обращение ${f.number} в работу: ${RU.rejection[f.rejectionReason ?? RejectionReason.OPERATING_CONDITIONS_VIOLATED]}` +
    (f.rejectionNote ? `\n\n${f.rejectionNote}` : ''),
  agentMessage: (f) =>
    `${RU.messageLead[f.messageKind ?? MessageKind.RECOMMENDATION]} по заявке ${f.number} «${f.subject}»:\n\n${f.messageBody ?? ''}\n\n` +
    `Ответьте на это письмо или в личном кабинете. Если ответа не будет в течение 10 рабочих дней` +
    (f.autoCloseAt ? ` (до ${moscow(f.autoCloseAt)})` : '') +
    ', заявка будет закрыта.',
  answerReceived: (f) => `Ваш ответ по заявке ${f.number} «${f.subject}» получен, работа над заявкой продолжается.`,
  closed: (f) =>
    `Заявка ${f.number} «${f.subject}» закрыта: ${RU.resolution[f.resolution ?? Resolution.SOLVED]}` +
    (f.resolution === Resolution.THIRD_PARTY && f.thirdPartyVendor
      ? `\n\nПричина инцидента — стороннее программное обеспечение. Рекомендуем обратиться в техническую поддержку производителя: ${f.thirdPartyVendor}.`
      : '') +
    (f.resolutionNote ? `\n\n${f.resolutionNote}` : '') +
    '\n\nЕсли вопрос возникнет снова, ответьте на это письмо: будет зарегистрирована новая заявка.',
  autoClosed: (f) =>
    `По заявке ${f.number} «${f.subject}» мы не получили ответа в течение 10 рабочих дней, поэтому работы по ней прекращены и заявка закрыта. ` +
    'Если вопрос остаётся актуальным, ответьте на это письмо: будет зарегистрирована новая заявка.',
  expectedResolution: (f) => `Ожидаемый срок решения по заявке ${f.number} «${f.subject}»: ${moscow(f.expectedResolutionAt)}.`,
  rejection: {
    SUPPORT_EXPIRED:
      'срок действия технической поддержки по указанному номеру лицензии (серийному номеру) истёк. Для продления обратитесь в коммерческий отдел: isc@confident.ru.',
    SUPPORT_NOT_STARTED: 'техническая поддержка по указанному номеру лицензии (серийному номеру) ещё не началась.',
    OPERATING_CONDITIONS_VIOLATED: 'нарушены условия эксплуатации продукта, указанные в технической документации.',
    UNSUPPORTED_OS: 'продукт используется совместно с операционной системой, поддержка которой не заявлена.',
    UNLICENSED_SOFTWARE: 'продукт используется совместно с нелицензионной копией ОС или прикладного ПО.',
    FORMULARY_LOST: 'утрачен формуляр продукта.',
    CARELESS_STORAGE_OR_TRANSPORT: 'имело место небрежное хранение или транспортировка.',
    PHYSICAL_DAMAGE: 'имеются механические или термические повреждения, следы воздействия химических веществ.',
    UNINTENDED_USE: 'продукт используется в целях, для которых он не предназначен.',
    UNAUTHORIZED_CHANGES: 'в ПО или документацию на продукт внесены изменения без согласования с производителем.',
  },
  resolution: {
    SOLVED: 'инцидент решён.',
    INFORMATION_PROVIDED: 'запрошенная информация предоставлена.',
    THIRD_PARTY: 'причина в стороннем программном обеспечении.',
    DUPLICATE: 'обращение дублирует другую заявку.',
    FEATURE_REQUEST_REGISTERED: 'предложение по доработке зарегистрировано.',
    WITHDRAWN_BY_CUSTOMER: 'обращение отозвано.',
    NO_CUSTOMER_RESPONSE: 'нет ответа в течение 10 рабочих дней.',
  },
  messageLead: {
    CLARIFYING_QUESTION: 'Уточняющий вопрос',
    RECOMMENDATION: 'Рекомендации',
    SOLUTION: 'Способ решения',
    UPDATE_PROVIDED: 'Обновление ПО',
    INTERNAL_NOTE: 'Заметка',
    CUSTOMER_REPLY: 'Ответ',
  },
};

const EN: Phrases = {
  greeting: (name) => `Hello ${name},`,
  signature: '\n\nBest regards,\nTechnical support\nhelpdesk@confident.ru',
  subject: {
    RECEIVED: 'Request received',
    WORK_STARTED: 'Ticket registered, work started',
    REJECTED: 'Request refused',
    AGENT_MESSAGE: 'Reply from support',
    ANSWER_RECEIVED: 'Your answer was received',
    CLOSED: 'Ticket closed',
    AUTO_CLOSED: 'Ticket closed: no answer',
    EXPECTED_RESOLUTION: 'Expected resolution date',
  },
  received: (f) => `Your request "${f.subject}" was received and registered as ${f.number}. Guaranteed response by ${moscow(f.responseDueAt)}.`,
  workStarted: (f) => `Your ticket ${f.number} "${f.subject}" is registered and a support engineer has started working on it.`,
  rejected: (f) =>
    `Unfortunately we cannot take request ${f.number}: ${EN.rejection[f.rejectionReason ?? RejectionReason.OPERATING_CONDITIONS_VIOLATED]}` +
    (f.rejectionNote ? `\n\n${f.rejectionNote}` : ''),
  agentMessage: (f) =>
    `${EN.messageLead[f.messageKind ?? MessageKind.RECOMMENDATION]} on ticket ${f.number} "${f.subject}":\n\n${f.messageBody ?? ''}\n\n` +
    'Reply to this e-mail or in the portal. Without an answer within 10 working days' +
    (f.autoCloseAt ? ` (by ${moscow(f.autoCloseAt)})` : '') +
    ' the ticket will be closed.',
  answerReceived: (f) => `Your answer on ticket ${f.number} "${f.subject}" was received; work continues.`,
  closed: (f) =>
    `Ticket ${f.number} "${f.subject}" is closed: ${EN.resolution[f.resolution ?? Resolution.SOLVED]}` +
    (f.resolution === Resolution.THIRD_PARTY && f.thirdPartyVendor
      ? `\n\nThe incident is caused by third-party software. Please contact its vendor's support: ${f.thirdPartyVendor}.`
      : '') +
    (f.resolutionNote ? `\n\n${f.resolutionNote}` : '') +
    '\n\nIf the problem comes back, reply to this e-mail and a new ticket will be registered.',
  autoClosed: (f) =>
    `We received no answer on ticket ${f.number} "${f.subject}" within 10 working days, so work on it has stopped and the ticket is closed. ` +
    'If the question is still open, reply to this e-mail and a new ticket will be registered.',
  expectedResolution: (f) => `Expected resolution of ticket ${f.number} "${f.subject}": ${moscow(f.expectedResolutionAt)}.`,
  rejection: {
    SUPPORT_EXPIRED: 'support for this license or serial number has expired. To renew it, contact sales: isc@confident.ru.',
    SUPPORT_NOT_STARTED: 'support for this license or serial number has not started yet.',
    OPERATING_CONDITIONS_VIOLATED: "the operating conditions of the product's documentation were violated.",
    UNSUPPORTED_OS: 'the product runs on an operating system it does not support.',
    UNLICENSED_SOFTWARE: 'the product runs with an unlicensed copy of the OS or application software.',
    FORMULARY_LOST: "the product's formulary is lost.",
    CARELESS_STORAGE_OR_TRANSPORT: 'the product was stored or transported carelessly.',
    PHYSICAL_DAMAGE: 'the product shows mechanical, thermal or chemical damage.',
    UNINTENDED_USE: 'the product is used for purposes it is not intended for.',
    UNAUTHORIZED_CHANGES: "the software or documentation was changed without the vendor's consent.",
  },
  resolution: {
    SOLVED: 'the incident is solved.',
    INFORMATION_PROVIDED: 'the information asked for was provided.',
    THIRD_PARTY: 'third-party software causes it.',
    DUPLICATE: 'the request duplicates another ticket.',
    FEATURE_REQUEST_REGISTERED: 'the feature request is registered.',
    WITHDRAWN_BY_CUSTOMER: 'the request was withdrawn.',
    NO_CUSTOMER_RESPONSE: 'no answer within 10 working days.',
  },
  messageLead: {
    CLARIFYING_QUESTION: 'A clarifying question',
    RECOMMENDATION: 'Recommendations',
    SOLUTION: 'A solution',
    UPDATE_PROVIDED: 'A software update',
    INTERNAL_NOTE: 'A note',
    CUSTOMER_REPLY: 'An answer',
  },
};

const PHRASES: Record<Locale, Phrases> = { [Locale.RU]: RU, [Locale.EN]: EN };

/** Russian first, English available (LVL-5); the ticket number in the subject threads replies. */
export function renderNotification(kind: CustomerNoticeKind, facts: TicketFacts, locale: Locale = Locale.RU): RenderedNotification {
  const p = PHRASES[locale];
  const bodies: Record<CustomerNoticeKind, (f: TicketFacts) => string> = {
    RECEIVED: p.received,
    WORK_STARTED: p.workStarted,
    REJECTED: p.rejected,
    AGENT_MESSAGE: p.agentMessage,
    ANSWER_RECEIVED: p.answerReceived,
    CLOSED: p.closed,
    AUTO_CLOSED: p.autoClosed,
    EXPECTED_RESOLUTION: p.expectedResolution,
  };
  return {
    subject: `[${facts.number}] ${p.subject[kind]}: ${facts.subject}`,
    body: `${p.greeting(facts.contactName)}\n\n${bodies[kind](facts)}${p.signature}`,
  };
}
