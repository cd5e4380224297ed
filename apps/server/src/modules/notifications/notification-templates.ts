import { formatMoscow } from '@desk/sla';
import { Locale, NotificationKind } from '../../entities/notifications/notification.enums.js';
import { MessageKind, RejectionReason, Resolution } from '../../entities/tickets/ticket.enums.js';
import type { CustomerNoticeKind, MaterialNoticeLine } from '../tickets/index.js';
import { renderMail, type MailBlock, type RenderedMail } from './mail-layout.js';
import { materialRequestedBlocks } from './material-notice.js';

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
  /** The ticket's page in the customer portal (absolute, PUBLIC_URL). */
  portalUrl: string;
  /** Where the customer rates the answer (#19), for the closing notices. */
  ratingUrl?: string | null;
  /** Who works on the ticket, or who wrote the reply. */
  agentName?: string | null;
  /** MATERIAL_REQUESTED (#19): what is asked for, and where equipment goes. */
  materials?: readonly MaterialNoticeLine[];
  shippingDetails?: string | null;
  /** FORWARDED_TO_SALES: the sales department's mailbox that will answer (#19). */
  salesEmail?: string | null;
  /** MERGED: the ticket a duplicate joined (#19). */
  survivorNumber?: string | null;
}

type Body = (f: TicketFacts) => MailBlock[];

interface Phrases {
  greeting: (name: string) => string;
  subject: Record<CustomerNoticeKind, string>;
  received: Body;
  workStarted: Body;
  rejected: Body;
  agentMessage: Body;
  answerReceived: Body;
  closed: Body;
  autoClosed: Body;
  expectedResolution: Body;
  forwardedToSales: Body;
  merged: Body;
  label: { ticket: string; subject: string; responseDue: string; answerBy: string; expectedResolution: string; agent: string };
  openTicket: string;
  rate: string;
  replyHint: string;
  moscow: (at: Date) => string;
  rejection: Record<RejectionReason, string>;
  resolution: Record<Resolution, string>;
  messageLead: Record<MessageKind, string>;
}

/** What is said about a ticket; the identification auto-reply has no ticket and its own template (identification-reply.ts). */

/** A deadline as people in Moscow read it: "2026-12-07 12:00 (МСК)". */
export const moscowTime = (at: Date, zone: string) => `${formatMoscow(at).slice(0, 16).replace('T', ' ')} (${zone})`;
const moscow = (at: Date | null | undefined) => (at ? moscowTime(at, 'МСК') : '');
const moscowEn = (at: Date | null | undefined) => (at ? moscowTime(at, 'Moscow time') : '');
const text = (value: string): MailBlock => ({ text: value });
const quoted = (value: string | null | undefined): MailBlock[] => (value ? [{ quote: value }] : []);

const RU: Phrases = {
  greeting: (name) => `Здравствуйте, ${name}!`,
  subject: {
    RECEIVED: 'Обращение получено',
    WORK_STARTED: 'Заявка зарегистрирована, работы начаты',
    REJECTED: 'Обращение отклонено',
    AGENT_MESSAGE: 'Ответ службы поддержки',
    ANSWER_RECEIVED: 'Ваш ответ получен',
    CLOSED: 'Заявка закрыта',
    AUTO_CLOSED: 'Заявка закрыта: нет ответа',
    EXPECTED_RESOLUTION: 'Ожидаемый срок решения',
    MATERIAL_REQUESTED: 'Нужны материалы для диагностики',
    FORWARDED_TO_SALES: 'Вопрос передан в коммерческий отдел',
    MERGED: 'Обращение объединено с заявкой',
  },
  received: (f) => [
    text(`Ваше обращение «${f.subject}» получено и зарегистрировано под номером ${f.number}. Гарантированное время реакции — до ${moscow(f.responseDueAt)}.`),
  ],
  workStarted: (f) => [text(`Ваша заявка ${f.number} «${f.subject}» зарегистрирована, специалист технической поддержки приступил к работе над ней.`)],
  rejected: (f) => [
    text(`К сожалению, мы не можем принять обращение ${f.number} в работу: ${RU.rejection[f.rejectionReason ?? RejectionReason.OPERATING_CONDITIONS_VIOLATED]}`),
    ...quoted(f.rejectionNote),
  ],
  agentMessage: (f) => [
    text(`${RU.messageLead[f.messageKind ?? MessageKind.RECOMMENDATION]} по заявке ${f.number} «${f.subject}»:`),
    ...quoted(f.messageBody),
    text(
      'Ответьте на это письмо или в личном кабинете. Если ответа не будет в течение 10 рабочих дней' +
        (f.autoCloseAt ? ` (до ${moscow(f.autoCloseAt)})` : '') +
        ', заявка будет закрыта.',
    ),
  ],
  answerReceived: (f) => [text(`Ваш ответ по заявке ${f.number} «${f.subject}» получен, работа над заявкой продолжается.`)],
  closed: (f) => [
    text(`Заявка ${f.number} «${f.subject}» закрыта: ${RU.resolution[f.resolution ?? Resolution.SOLVED]}`),
    ...(f.resolution === Resolution.THIRD_PARTY && f.thirdPartyVendor
      ? [text(`Причина инцидента — стороннее программное обеспечение. Рекомендуем обратиться в техническую поддержку производителя: ${f.thirdPartyVendor}.`)]
      : []),
    ...quoted(f.resolutionNote),
    text('Если вопрос возникнет снова, ответьте на это письмо: будет зарегистрирована новая заявка.'),
  ],
  autoClosed: (f) => [
    text(
      `По заявке ${f.number} «${f.subject}» мы не получили ответа в течение 10 рабочих дней, поэтому работы по ней прекращены и заявка закрыта. ` +
        'Если вопрос остаётся актуальным, ответьте на это письмо: будет зарегистрирована новая заявка.',
    ),
  ],
  expectedResolution: (f) => [text(`Ожидаемый срок решения по заявке ${f.number} «${f.subject}»: ${moscow(f.expectedResolutionAt)}.`)],
  forwardedToSales: (f) => [
    text(
      `Ваш вопрос «${f.subject}» (${f.number}) касается коммерческих условий, поэтому мы передали его в коммерческий отдел. ` +
        `Вам ответит коммерческий отдел${f.salesEmail ? ` (${f.salesEmail})` : ''}; заявка в технической поддержке закрыта.`,
    ),
  ],
  merged: (f) => [
    text(
      `Ваше обращение ${f.number} «${f.subject}» описывает тот же случай, что и заявка ${f.survivorNumber ?? ''}, поэтому мы объединили их: ` +
        `сообщения и файлы перенесены в заявку ${f.survivorNumber ?? ''}, работа продолжается в ней.`,
    ),
  ],
  label: {
    ticket: 'Номер заявки',
    subject: 'Тема',
    responseDue: 'Время реакции — до',
    answerBy: 'Ответить до',
    expectedResolution: 'Ожидаемый срок решения',
    agent: 'Специалист',
  },
  openTicket: 'Открыть заявку в личном кабинете',
  rate: 'Оценить решение',
  replyHint: 'Чтобы дополнить заявку, просто ответьте на это письмо: ответ попадёт в заявку.',
  moscow,
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
    FORWARDED_TO_SALES: 'вопрос передан в коммерческий отдел.',
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
  subject: {
    RECEIVED: 'Request received',
    WORK_STARTED: 'Ticket registered, work started',
    REJECTED: 'Request refused',
    AGENT_MESSAGE: 'Reply from support',
    ANSWER_RECEIVED: 'Your answer was received',
    CLOSED: 'Ticket closed',
    AUTO_CLOSED: 'Ticket closed: no answer',
    EXPECTED_RESOLUTION: 'Expected resolution date',
    MATERIAL_REQUESTED: 'Material needed for diagnosis',
    FORWARDED_TO_SALES: 'Question forwarded to sales',
    MERGED: 'Request merged into a ticket',
  },
  received: (f) => [text(`Your request "${f.subject}" was received and registered as ${f.number}. Guaranteed response by ${moscowEn(f.responseDueAt)}.`)],
  workStarted: (f) => [text(`Your ticket ${f.number} "${f.subject}" is registered and a support engineer has started working on it.`)],
  rejected: (f) => [
    text(`Unfortunately we cannot take request ${f.number}: ${EN.rejection[f.rejectionReason ?? RejectionReason.OPERATING_CONDITIONS_VIOLATED]}`),
    ...quoted(f.rejectionNote),
  ],
  agentMessage: (f) => [
    text(`${EN.messageLead[f.messageKind ?? MessageKind.RECOMMENDATION]} on ticket ${f.number} "${f.subject}":`),
    ...quoted(f.messageBody),
    text(
      'Reply to this e-mail or in the portal. Without an answer within 10 working days' +
        (f.autoCloseAt ? ` (by ${moscowEn(f.autoCloseAt)})` : '') +
        ' the ticket will be closed.',
    ),
  ],
  answerReceived: (f) => [text(`Your answer on ticket ${f.number} "${f.subject}" was received; work continues.`)],
  closed: (f) => [
    text(`Ticket ${f.number} "${f.subject}" is closed: ${EN.resolution[f.resolution ?? Resolution.SOLVED]}`),
    ...(f.resolution === Resolution.THIRD_PARTY && f.thirdPartyVendor
      ? [text(`The incident is caused by third-party software. Please contact its vendor's support: ${f.thirdPartyVendor}.`)]
      : []),
    ...quoted(f.resolutionNote),
    text('If the problem comes back, reply to this e-mail and a new ticket will be registered.'),
  ],
  autoClosed: (f) => [
    text(
      `We received no answer on ticket ${f.number} "${f.subject}" within 10 working days, so work on it has stopped and the ticket is closed. ` +
        'If the question is still open, reply to this e-mail and a new ticket will be registered.',
    ),
  ],
  expectedResolution: (f) => [text(`Expected resolution of ticket ${f.number} "${f.subject}": ${moscowEn(f.expectedResolutionAt)}.`)],
  forwardedToSales: (f) => [
    text(
      `Your question "${f.subject}" (${f.number}) is about commercial terms, so we forwarded it to the sales department. ` +
        `The sales department${f.salesEmail ? ` (${f.salesEmail})` : ''} will answer you; the support ticket is closed.`,
    ),
  ],
  merged: (f) => [
    text(
      `Your request ${f.number} "${f.subject}" reports the same case as ticket ${f.survivorNumber ?? ''}, so we merged them: ` +
        `its messages and files are now on ticket ${f.survivorNumber ?? ''}, where work continues.`,
    ),
  ],
  label: {
    ticket: 'Ticket',
    subject: 'Subject',
    responseDue: 'Response due by',
    answerBy: 'Answer by',
    expectedResolution: 'Expected resolution',
    agent: 'Support engineer',
  },
  openTicket: 'Open the ticket in the portal',
  rate: 'Rate the solution',
  replyHint: 'To add to the ticket, simply reply to this e-mail: your answer lands on the ticket.',
  moscow: moscowEn,
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
    FORWARDED_TO_SALES: 'the question was forwarded to sales.',
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

/** The deadline a notice of this kind is about, if any, under its label. */
function deadlineOf(kind: CustomerNoticeKind, f: TicketFacts, p: Phrases): { label: string; value: string } | null {
  if (kind === NotificationKind.RECEIVED || kind === NotificationKind.WORK_STARTED) return { label: p.label.responseDue, value: p.moscow(f.responseDueAt) };
  if ((kind === NotificationKind.AGENT_MESSAGE || kind === NotificationKind.MATERIAL_REQUESTED) && f.autoCloseAt) return { label: p.label.answerBy, value: p.moscow(f.autoCloseAt) };
  if (kind === NotificationKind.EXPECTED_RESOLUTION && f.expectedResolutionAt) return { label: p.label.expectedResolution, value: p.moscow(f.expectedResolutionAt) };
  return null;
}

const CLOSING: readonly CustomerNoticeKind[] = [NotificationKind.CLOSED, NotificationKind.AUTO_CLOSED];
/** #19: the ticket is closed and the conversation goes on elsewhere (sales, the surviving ticket): no reply hint, nothing to rate. */
const CONTINUED_ELSEWHERE: readonly CustomerNoticeKind[] = [NotificationKind.FORWARDED_TO_SALES, NotificationKind.MERGED];

/**
 * Russian first, English by the contact's language (LVL-5), as text and HTML with the same facts: the
 * ticket number (also in the subject, which threads replies), the deadline in Moscow time, the agent,
 * the portal link — and after closing, the link to rate the answer.
 */
export function renderNotification(kind: CustomerNoticeKind, facts: TicketFacts, locale: Locale = Locale.RU): RenderedMail {
  const p = PHRASES[locale];
  const bodies: Record<CustomerNoticeKind, Body> = {
    RECEIVED: p.received,
    WORK_STARTED: p.workStarted,
    REJECTED: p.rejected,
    AGENT_MESSAGE: p.agentMessage,
    ANSWER_RECEIVED: p.answerReceived,
    CLOSED: p.closed,
    AUTO_CLOSED: p.autoClosed,
    EXPECTED_RESOLUTION: p.expectedResolution,
    MATERIAL_REQUESTED: (f) => materialRequestedBlocks(locale, f),
    FORWARDED_TO_SALES: p.forwardedToSales,
    MERGED: p.merged,
  };
  const deadline = deadlineOf(kind, facts, p);
  return renderMail({
    locale,
    subject: `[${facts.number}] ${p.subject[kind]}: ${facts.subject}`,
    heading: p.subject[kind],
    greeting: p.greeting(facts.contactName),
    blocks: bodies[kind](facts),
    facts: [
      { label: p.label.ticket, value: facts.number },
      { label: p.label.subject, value: facts.subject },
      ...(deadline ? [deadline] : []),
      ...(facts.agentName ? [{ label: p.label.agent, value: facts.agentName }] : []),
    ],
    actions: [
      { label: p.openTicket, url: facts.portalUrl },
      ...(CLOSING.includes(kind) && facts.ratingUrl ? [{ label: p.rate, url: facts.ratingUrl }] : []),
    ],
    notes: CLOSING.includes(kind) || CONTINUED_ELSEWHERE.includes(kind) ? [] : [p.replyHint],
    ticketNumber: facts.number,
  });
}
