import type { QueueEvent } from '@/stores/queue-event';
import type { QueueTicket } from '@/stores/queue';
import { shippedCalendarSla } from '@/test-support/tickets';

/** A small deterministic PRNG (mulberry32): the same queue and the same events on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGANIZATIONS = ['ПАО Бета', 'АО Альфа', 'ООО Гамма', 'ФГУП «Дельта»', 'АО «Омега-Сервис»', 'ООО «Северный филиал банка»'];
const SUBJECTS = [
  'АРМ не загружается после обновления',
  'Ошибка при входе доменного пользователя',
  'Вопрос о настройке UEFI',
  'Срок действия сертификата ФСТЭК',
  'Не печатает принтер после установки агента',
  'Зависание при завершении сеанса',
];
const AGENTS = [null, null, null, { id: '2', fullName: 'Алексей Инженеров' }, { id: '3', fullName: 'Мария Поддержкина' }];

/** `count` open tickets in SLA-6 order: P1 first, earlier deadlines first. */
export function syntheticQueue(count: number, now: Date, next = random(42)): QueueTicket[] {
  const rows: QueueTicket[] = [];
  for (let i = 0; i < count; i += 1) {
    const priority = 1 + Math.floor((i / count) * 4);
    const critical = priority <= 2;
    const extended = priority === 1 || priority === 3;
    const minutes = critical ? (extended ? 20 : 30) : extended ? 45 : 60;
    const received = new Date(now.getTime() - Math.floor(next() * minutes * 0.9) * 60_000);
    const due = new Date(received.getTime() + minutes * 60_000);
    const assignee = AGENTS[Math.floor(next() * AGENTS.length)] ?? null;
    rows.push({
      __typename: 'Ticket',
      id: String(100_000 + i),
      number: `SD-${String(100_000 + i).padStart(6, '0')}`,
      subject: SUBJECTS[i % SUBJECTS.length]!,
      category: critical ? 'INCIDENT' : 'FUNCTIONALITY_QUESTION',
      criticality: critical ? 'CRITICAL' : 'NON_CRITICAL',
      supportLevel: extended ? 'EXTENDED' : 'BASIC',
      priority,
      status: 'NEW',
      reactionNotice: null,
      channel: 'PORTAL',
      receivedAt: received.toISOString(),
      responseDueAt: due.toISOString(),
      atRiskAt: new Date(received.getTime() + minutes * 0.75 * 60_000).toISOString(),
      respondedAt: null,
      slaState: 'ON_TRACK',
      sla: shippedCalendarSla(),
      escalationLevel: next() < 0.05 ? 1 : 0,
      organization: { __typename: 'Organization', id: `org-${i % ORGANIZATIONS.length}`, name: ORGANIZATIONS[i % ORGANIZATIONS.length]! },
      assignee: assignee ? { __typename: 'User', ...assignee } : null,
    });
  }
  return rows;
}

/**
 * MOVED events as the server sends them (QueueEvent: version, position,
 * previousPosition, the ticket's new state). Half of them touch the first
 * screen (what an agent sees), half anywhere in the queue.
 */
export function movedEvents(rows: readonly QueueTicket[], count: number, firstVersion: number, next = random(7)): (order: readonly QueueTicket[]) => QueueEvent[] {
  const size = rows.length;
  const plan = Array.from({ length: count }, (_, i) => {
    const onScreen = i % 2 === 0;
    const from = onScreen ? Math.floor(next() * 15) : Math.floor(next() * size);
    let to = onScreen ? Math.floor(next() * 15) : Math.floor(next() * size);
    if (to === from) to = (to + 1) % (onScreen ? 15 : size);
    return { from, to, atRisk: next() < 0.3 };
  });
  // Events are built against the order at the time they apply, like the server does.
  return (order) => {
    const current = [...order];
    return plan.map(({ from, to, atRisk }, i) => {
      const [ticket] = current.splice(from, 1);
      const moved: QueueTicket = { ...ticket!, slaState: atRisk ? 'AT_RISK' : ticket!.slaState };
      current.splice(to, 0, moved);
      return { __typename: 'QueueEvent', version: firstVersion + i, kind: 'MOVED', ticket: moved, position: to, previousPosition: from };
    });
  };
}
