import { formatMoscow } from '@desk/sla';
import { TicketStatus } from '../../../entities/tickets/ticket.enums.js';

/** What the bot says (Russian: the service language, LVL-5). */
export const TEXT = {
  welcome:
    'Здравствуйте! Это бот технической поддержки ЦЗИ ООО «Конфидент».\n\n' +
    'Я отвечу на базовые вопросы — просто напишите вопрос. Чтобы подать заявку и узнавать её статус, пройдите идентификацию.',
  askIdentifier: 'Отправьте номер лицензии (для программного продукта), серийный номер (для аппаратного) или код активации технической поддержки.',
  identifierNotFound: (value: string) =>
    `Номер «${value}» не найден среди договоров технической поддержки. Проверьте его по формуляру, коробке дистрибутива или шильдику устройства и отправьте ещё раз (или /cancel).`,
  askPhone: (organization: string) =>
    `Номер найден, организация «${organization}».\nТеперь отправьте ваш контактный телефон — кнопкой ниже или текстом.`,
  sharePhoneButton: 'Отправить мой номер телефона',
  badPhone: 'Это не похоже на номер телефона. Отправьте телефон в формате +7 900 000-00-00 (или /cancel).',
  foreignContact: 'Отправьте, пожалуйста, свой собственный номер (кнопкой ниже) или введите его текстом.',
  askFullName: 'Этот телефон не найден среди контактных лиц организации. Давайте добавим вас.\nУкажите ваши фамилию, имя и отчество.',
  askPosition: 'Укажите вашу должность.',
  tooShort: 'Слишком коротко — напишите, пожалуйста, полностью.',
  bound: (name: string, organization: string) =>
    `Спасибо, ${name}! Вы идентифицированы как контактное лицо организации «${organization}».\n\n` +
    '/new — подать заявку\n/tickets — статус ваших открытых заявок\nИли просто напишите вопрос.',
  greetingBound: (name: string, organization: string) =>
    `Здравствуйте, ${name} («${organization}»)!\n\n/new — подать заявку\n/tickets — статус ваших открытых заявок\n/unlink — отвязать этот чат\nИли просто напишите вопрос.`,
  help:
    'Команды:\n/start — идентификация\n/new — подать заявку\n/tickets — статус открытых заявок и ожидаемые сроки решения\n' +
    '/cancel — прервать текущий шаг\n/unlink — отвязать этот чат от контактного лица\n\nНа базовые вопросы отвечу сразу — просто напишите вопрос.',
  identifyFirst: 'Сначала пройдите идентификацию: отправьте /start.',
  cancelled: 'Хорошо, отменено.',
  unlinked: 'Чат отвязан. Чтобы снова подавать заявки здесь, отправьте /start.',
  askSubject: 'Новая заявка. Кратко опишите проблему — это будет тема заявки (или /cancel).',
  askDescription:
    'Опишите проблему подробно: когда возникает, точные шаги, точный текст ошибки, версию продукта и ОС. ' +
    'Файлы (логи, снимки экрана) можно будет приложить в личном кабинете или по почте helpdesk@confident.ru, указав номер заявки.',
  askCriticality: 'Насколько это критично?',
  suggestions: (articles: readonly { title: string; excerpt: string }[]) =>
    ['Возможно, ответ уже есть в базе знаний:', ...articles.map((a, i) => `${i + 1}. ${a.title}\n${a.excerpt}`)].join('\n\n') +
    '\n\nЕсли статья ответила на вопрос, нажмите «Это ответ» — заявка не понадобится. Если нет:\n\nНасколько это критично?',
  answeredButton: (n: number) => `✓ Это ответ (статья ${n})`,
  answeredThanks: 'Рады, что ответ нашёлся. Заявка не отправлена. Новый вопрос: /new.',
  criticalButton: 'Критический инцидент (АРМ не работает)',
  nonCriticalButton: 'Некритичный инцидент',
  questionButton: 'Вопрос или консультация',
  pickCriticality: 'Выберите вариант кнопкой выше (или ответьте 1, 2 или 3).',
  tooLong: (max: number) => `Слишком длинно: не больше ${max} символов.`,
  staleButton: 'Эта кнопка уже не действует.',
  registered: (number: string, due: Date) =>
    `Заявка ${number} зарегистрирована. Гарантированное время реакции — до ${moscow(due)}.\n` +
    'Статус заявки: /tickets. Файлы можно приложить в личном кабинете или письмом на helpdesk@confident.ru с номером заявки в теме.',
  registeredRejected: (number: string, reason: string) => `Заявка ${number} зарегистрирована, но поддержка по ней не может быть оказана: ${reason}`,
  refused: (problems: string) => `Не удалось зарегистрировать заявку: ${problems}\nПопробуйте ещё раз: /new.`,
  noOpenTickets: 'Открытых заявок нет. Подать новую: /new.',
  openTickets: 'Ваши открытые заявки:',
  cannotAnswer:
    'К сожалению, я не могу быстро ответить на этот вопрос. Подайте, пожалуйста, заявку:\n' +
    '• по электронной почте helpdesk@confident.ru;\n• в личном кабинете технической поддержки;\n' +
    '• или здесь командой /new (после идентификации: /start).',
  cannotAnswerBound:
    'К сожалению, я не могу быстро ответить на этот вопрос. Подайте заявку командой /new — специалист ответит вам, ' +
    'или напишите на helpdesk@confident.ru, или воспользуйтесь личным кабинетом технической поддержки.',
  moreInfo: (url: string) => `Подробнее: ${url}`,
  notSure: 'Если это не ответ на ваш вопрос — подайте заявку: /new.',
  failed: 'Не удалось обработать сообщение из-за технической ошибки. Отправьте его ещё раз, пожалуйста.',
  collision: 'Сообщения пришли одновременно, и одно из них не обработано. Отправьте последнее ещё раз, пожалуйста.',
  privateOnly: 'Я работаю только в личных сообщениях.',
} as const;

export const STATUS_RU: Record<TicketStatus, string> = {
  [TicketStatus.NEW]: 'зарегистрирована, ожидает реакции специалиста',
  [TicketStatus.IN_PROGRESS]: 'в работе',
  [TicketStatus.WAITING_FOR_CUSTOMER]: 'ожидает вашего ответа',
  [TicketStatus.CLOSED]: 'закрыта',
  [TicketStatus.REJECTED]: 'отклонена',
};

/** "11.03.2026 11:00 (МСК)". */
export function moscow(at: Date): string {
  const [date, time] = formatMoscow(at).slice(0, 16).split('T') as [string, string];
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y} ${time} (МСК)`;
}

/** ID-2 refusals decided at registration, as the customer reads them. */
export const INTAKE_REJECTION_RU: Record<string, string> = {
  SUPPORT_EXPIRED: 'срок действия технической поддержки по этому номеру истёк. Для продления обратитесь в коммерческий отдел: isc@confident.ru.',
  SUPPORT_NOT_STARTED: 'техническая поддержка по этому номеру ещё не началась.',
};

/** The criticality question's buttons (TKT-1): their data names a kind of request. */
export const CRITICALITY_CHOICES = [
  { label: TEXT.criticalButton, data: 'kind:CRITICAL' },
  { label: TEXT.nonCriticalButton, data: 'kind:NON_CRITICAL' },
  { label: TEXT.questionButton, data: 'kind:QUESTION' },
] as const;
