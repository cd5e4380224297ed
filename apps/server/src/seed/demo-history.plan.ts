/**
 * Three months of closed demo history (#19), planned without a database:
 * arrivals on the Russian production calendar (SLA-5), the response terms the
 * intake would give them (SLA-1..4), a reaction by the deadline or after it
 * (SLA-9: MET or BREACHED, decided as SLA-10 has it), replies, the customer's
 * answers, closing, a rating. Deterministic: one seed, the same history.
 */
import {
  addDays,
  autoCloseAt,
  instantAt,
  moscowDateOf,
  resolutionSeconds,
  responseTimeSeconds,
  scheduleFor,
  slaOutcome,
  type ProductionCalendar,
  type ServicePeriods,
} from '@desk/sla';
import { Criticality, SlaOutcome, SupportLevel } from '../entities/sla/sla.enums.js';
import { Channel, MessageKind, Resolution, TicketCategory, TicketStatus } from '../entities/tickets/ticket.enums.js';
import { slaTermsFor } from '../modules/sla/index.js';
import { SeededRandom } from './seeded-random.js';

export const HISTORY_DAYS = 91;
const HOUR = 3_600_000;
const MINUTE = 60_000;

export interface HistoryCustomer {
  readonly key: string;
  readonly level: SupportLevel;
  /** How much of the traffic is theirs. */
  readonly weight: number;
}

export interface HistoryInput {
  readonly now: Date;
  readonly calendar: ProductionCalendar;
  readonly periods: Readonly<Record<SupportLevel, ServicePeriods | null>>;
  readonly atRiskShare: number;
  readonly customers: readonly HistoryCustomer[];
  /** Who reacts, by weight (agents mostly, the lead now and then). */
  readonly agents: readonly (readonly [id: number, weight: number])[];
  readonly seed?: number;
}

export interface PlannedStep {
  readonly at: Date;
  readonly kind: 'REPLY' | 'ANSWER';
  readonly messageKind: MessageKind;
  readonly body: string;
}

export interface PlannedTicket {
  readonly customer: string;
  readonly subject: string;
  readonly description: string;
  readonly category: TicketCategory;
  readonly criticality: Criticality;
  readonly supportLevel: SupportLevel;
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly priority: number;
  readonly responseDueAt: Date;
  readonly atRiskAt: Date;
  readonly agentId: number;
  /** The reaction: the agent took it and the notice was accepted at once (SLA-2/3). */
  readonly respondedAt: Date;
  readonly outcome: SlaOutcome;
  /** SLA-10: at the reaction when MET, at the deadline when BREACHED. */
  readonly decidedAt: Date;
  readonly responseSeconds: number;
  readonly steps: readonly PlannedStep[];
  readonly closedAt: Date;
  readonly resolution: Resolution;
  readonly resolutionSeconds: number;
  readonly rating: { readonly score: number; readonly comment: string | null; readonly at: Date } | null;
}

interface Topic {
  readonly category: TicketCategory;
  readonly subject: string;
  readonly description: string;
  readonly reply: string;
}

const TOPICS: readonly (readonly [Topic, number])[] = [
  [{ category: TicketCategory.INCIDENT, subject: 'АРМ не загружается после обновления', description: 'После установки обновления АРМ зависает на экране входа.', reply: 'Загрузите АРМ в безопасном режиме и откатите последнее обновление; исправленная сборка доступна в личном кабинете.' }, 6],
  [{ category: TicketCategory.INCIDENT, subject: 'Ошибка аутентификации доменного пользователя', description: 'При входе доменного пользователя появляется «Ошибка аутентификации».', reply: 'Проверьте синхронизацию времени с контроллером домена и перевыпустите ключ пользователя.' }, 5],
  [{ category: TicketCategory.INCIDENT, subject: 'Не печатают принтеры после включения контроля устройств', description: 'После включения контроля устройств перестала работать печать.', reply: 'Добавьте принтеры в список разрешённых устройств и перезапустите службу печати.' }, 4],
  [{ category: TicketCategory.INCIDENT, subject: 'Синий экран при подключении USB-носителя', description: 'BSOD при подключении зарегистрированного USB-носителя.', reply: 'Ошибка исправлена в сборке 8.0.565; установите её и пришлите дамп, если повторится.' }, 3],
  [{ category: TicketCategory.INCIDENT, subject: 'Не стартует сервер безопасности', description: 'Служба сервера безопасности останавливается через минуту после запуска.', reply: 'Увеличьте размер журнала аудита: он переполнен; затем перезапустите службу.' }, 3],
  [{ category: TicketCategory.INCIDENT, subject: 'ПАК «Соболь» не проходит контроль целостности', description: 'После замены диска контроль целостности завершается ошибкой.', reply: 'Пересчитайте эталонные суммы контроля целостности под администратором комплекса.' }, 3],
  [{ category: TicketCategory.FUNCTIONALITY_QUESTION, subject: 'Как настроить замкнутую программную среду', description: 'Подскажите порядок включения замкнутой программной среды.', reply: 'Порядок описан в руководстве администратора, раздел 7; начните с режима «Мягкий».' }, 5],
  [{ category: TicketCategory.FUNCTIONALITY_QUESTION, subject: 'Выгрузка журналов в SIEM', description: 'Можно ли передавать журналы событий в нашу SIEM?', reply: 'Да, по протоколу syslog; настройка — в консоли, раздел «Журналы».' }, 3],
  [{ category: TicketCategory.INSTALLATION_CONFIGURATION, subject: 'Установка на Windows Server 2022', description: 'Нужна помощь с установкой сервера безопасности на Windows Server 2022.', reply: 'Поддерживается с версии 8.0.565; установите её с ключом /server и перезагрузите.' }, 4],
  [{ category: TicketCategory.INSTALLATION_CONFIGURATION, subject: 'Настройка режима UEFI для ПАК', description: 'Как включить режим UEFI для ПАК?', reply: 'Включите UEFI в настройках платы и переинициализируйте комплекс по инструкции, приложенной к ответу.' }, 3],
  [{ category: TicketCategory.UPDATE_REQUEST, subject: 'Запрос сертифицированного обновления', description: 'Просим предоставить последнее сертифицированное обновление.', reply: 'Ссылка на сертифицированный дистрибутив доступна в личном кабинете, раздел «Обновления».' }, 4],
  [{ category: TicketCategory.CERTIFICATE_INFO, subject: 'Срок действия сертификата ФСТЭК', description: 'Подскажите срок действия сертификата ФСТЭК на версию 8.0.', reply: 'Сертификат действует до 2028 года; копия приложена к ответу.' }, 3],
  [{ category: TicketCategory.DOCUMENTATION_REQUEST, subject: 'Нужна эксплуатационная документация', description: 'Пришлите актуальный формуляр и руководство администратора.', reply: 'Актуальная документация — в личном кабинете, раздел «Документация».' }, 2],
];

const CHANNELS: readonly (readonly [Channel, number])[] = [
  [Channel.PORTAL, 45],
  [Channel.EMAIL, 35],
  [Channel.PHONE, 15],
  [Channel.TELEGRAM, 5],
];

const QUESTIONS = ['Уточните, пожалуйста, версию сборки и пришлите журнал событий.', 'Пришлите, пожалуйста, отчёт msinfo32 и снимок экрана с ошибкой.'];
const ANSWERS = ['Сборка 8.0.565, журнал приложили.', 'Отчёт и снимок экрана во вложении.', 'Сделали, как вы советовали: ошибка повторяется на одном АРМ.'];
const COMMENTS: Record<number, readonly string[]> = {
  5: ['Спасибо, быстро и по делу!', 'Отличная поддержка.'],
  4: ['Помогли, спасибо.'],
  3: ['Решили, но долго.'],
  2: ['Ждали реакции слишком долго.'],
  1: ['Ответа пришлось ждать полдня.'],
};

/** The closed history: a few hundred tickets, arrived in the HISTORY_DAYS before `now` and closed before it. */
export function planDemoHistory(input: HistoryInput): PlannedTicket[] {
  const random = new SeededRandom(input.seed ?? 20_261_207);
  const today = moscowDateOf(input.now);
  const planned: PlannedTicket[] = [];
  for (let offset = HISTORY_DAYS; offset >= 2; offset -= 1) {
    const day = addDays(today, -offset);
    const working = input.calendar.isWorkingDay(day);
    // Mid-period the team ran short-handed for two weeks: the report shows a dip, not a flat line.
    const shortHanded = offset >= 40 && offset < 54;
    const arrivals = working ? random.int(3, 6) : random.int(0, 1);
    for (let n = 0; n < arrivals; n += 1) {
      const ticket = planTicket(input, random, day, working, shortHanded);
      if (ticket) planned.push(ticket);
    }
  }
  return planned.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

function planTicket(input: HistoryInput, random: SeededRandom, day: string, working: boolean, shortHanded: boolean): PlannedTicket | null {
  // Weekends: only the 24×7 customers write (LVL-2).
  const customers = working ? input.customers : input.customers.filter((c) => c.level === SupportLevel.EXTENDED);
  if (customers.length === 0) return null;
  const customer = random.weighted(customers.map((c) => [c, c.weight] as const));
  const topic = random.weighted(TOPICS);
  const criticality = topic.category === TicketCategory.INCIDENT && random.chance(0.4) ? Criticality.CRITICAL : Criticality.NON_CRITICAL;
  const channel = random.weighted(CHANNELS);
  // Mostly office hours; now and then early, late or at night (SLA-4 moves a BASIC clock to the next opening).
  const minute = random.chance(0.85) ? random.int(8 * 60 + 30, 18 * 60 + 30) : random.int(0, 24 * 60 - 1);
  const receivedAt = new Date(instantAt(day, minute).getTime() + random.int(0, 59) * 1000);
  const level = customer.level;
  const periods = input.periods[level];
  const terms = slaTermsFor(input.calendar, level, criticality, receivedAt, input.atRiskShare, periods);
  const schedule = scheduleFor(level, input.calendar, periods);
  const responseSeconds = responseTimeSeconds(level, criticality);
  const breachChance = (criticality === Criticality.CRITICAL ? 0.12 : 0.07) + (shortHanded ? 0.2 : 0) + (level === SupportLevel.BASIC ? 0.03 : 0);
  const breached = random.chance(breachChance);
  const earliest = schedule.nextOpening(receivedAt).getTime() + MINUTE;
  const respondedAt = breached
    ? new Date(terms.responseDueAt.getTime() + random.int(5, 180) * MINUTE)
    : new Date(Math.min(terms.responseDueAt.getTime(), Math.max(earliest, terms.responseDueAt.getTime() - random.next() * 0.9 * responseSeconds * 1000)));
  const outcome = slaOutcome(terms.responseDueAt, respondedAt) as SlaOutcome;
  const agentId = random.weighted(input.agents);

  const steps: PlannedStep[] = [];
  let at = schedule.addServiceTime(respondedAt, random.int(10, 240) * 60);
  if (random.chance(0.35)) {
    // A clarifying question first, the customer's answer, then the answer that solves it.
    steps.push({ at, kind: 'REPLY', messageKind: MessageKind.CLARIFYING_QUESTION, body: random.pick(QUESTIONS) });
    at = new Date(at.getTime() + random.int(1, 26) * HOUR);
    steps.push({ at, kind: 'ANSWER', messageKind: MessageKind.CUSTOMER_REPLY, body: random.pick(ANSWERS) });
    at = schedule.addServiceTime(at, random.int(30, 360) * 60);
  }
  const solving = topic.category === TicketCategory.INCIDENT ? MessageKind.SOLUTION : MessageKind.RECOMMENDATION;
  steps.push({ at, kind: 'REPLY', messageKind: solving, body: topic.reply });
  const lastReply = at;
  const silent = random.chance(0.06);
  const closedAt = silent ? autoCloseAt(input.calendar, lastReply) : new Date(lastReply.getTime() + random.int(1, 30) * HOUR);
  if (closedAt.getTime() >= input.now.getTime() - HOUR) return null;
  const resolution = silent
    ? Resolution.NO_CUSTOMER_RESPONSE
    : topic.category === TicketCategory.INCIDENT
      ? Resolution.SOLVED
      : random.weighted([[Resolution.INFORMATION_PROVIDED, 8], [Resolution.SOLVED, 3], [Resolution.FEATURE_REQUEST_REGISTERED, 1]]);

  const changes = [
    { at: respondedAt, to: TicketStatus.IN_PROGRESS },
    ...steps.map((step) => ({ at: step.at, to: step.kind === 'REPLY' ? TicketStatus.WAITING_FOR_CUSTOMER : TicketStatus.IN_PROGRESS })),
    { at: closedAt, to: TicketStatus.CLOSED },
  ];
  return {
    customer: customer.key,
    subject: topic.subject,
    description: topic.description,
    category: topic.category,
    criticality,
    supportLevel: level,
    channel,
    receivedAt,
    ...terms,
    agentId,
    respondedAt,
    outcome,
    decidedAt: outcome === SlaOutcome.BREACHED ? terms.responseDueAt : respondedAt,
    responseSeconds,
    steps,
    closedAt,
    resolution,
    resolutionSeconds: resolutionSeconds(schedule, receivedAt, closedAt, changes),
    rating: silent || !random.chance(0.55) ? null : ratingOf(random, outcome, closedAt, input.now),
  };
}

function ratingOf(random: SeededRandom, outcome: SlaOutcome, closedAt: Date, now: Date): PlannedTicket['rating'] {
  const score = outcome === SlaOutcome.MET ? random.weighted([[5, 60], [4, 30], [3, 10]]) : random.weighted([[4, 20], [3, 35], [2, 30], [1, 15]]);
  const at = new Date(Math.min(now.getTime() - MINUTE, closedAt.getTime() + random.int(10, 48 * 60) * MINUTE));
  return { score, comment: random.chance(0.4) ? random.pick(COMMENTS[score]!) : null, at };
}
