import { describe, expect, it } from 'vitest';
import { createDeskI18n } from '@/i18n';
import { buildTimeline, type TicketMessage, type TimelineEntry } from '../timeline';
import { describeEntry } from '../timeline-text';

const entry = (id: string, at: string, kind: TimelineEntry['kind'], data: Record<string, unknown> | null = null, internal = false): TimelineEntry => ({
  __typename: 'TimelineEntry',
  id,
  at,
  kind,
  summary: `summary ${id}`,
  internal,
  data,
});
const message = (id: string, createdAt: string, kind: TicketMessage['kind'], internal = false): TicketMessage => ({
  __typename: 'TicketMessage',
  id,
  kind,
  body: `body ${id}`,
  authorName: 'Алексей Инженеров',
  createdAt,
  internal,
});

describe('the ticket timeline (TKT-9)', () => {
  it('shows a MESSAGE entry as its message, in time order, internal notes marked', () => {
    const items = buildTimeline(
      [
        entry('1', '2026-02-16T10:00:00Z', 'CREATED'),
        entry('2', '2026-02-16T10:05:00Z', 'MESSAGE', { messageId: 11, kind: 'CLARIFYING_QUESTION' }),
        entry('3', '2026-02-16T10:05:00Z', 'STATUS_CHANGED', { from: 'IN_PROGRESS', to: 'WAITING_FOR_CUSTOMER' }),
        entry('4', '2026-02-16T10:07:00Z', 'MESSAGE', { messageId: 12, kind: 'INTERNAL_NOTE' }, true),
      ],
      [message('11', '2026-02-16T10:05:00Z', 'CLARIFYING_QUESTION'), message('12', '2026-02-16T10:07:00Z', 'INTERNAL_NOTE', true)],
    );
    expect(items.map((item) => item.key)).toEqual(['e1', 'm11', 'e3', 'm12']);
    expect(items.filter((item) => item.internal).map((item) => item.key)).toEqual(['m12']);
  });

  it('never drops a message no entry points to', () => {
    const items = buildTimeline([entry('1', '2026-02-16T10:00:00Z', 'CREATED')], [message('5', '2026-02-16T09:59:00Z', 'CUSTOMER_REPLY')]);
    expect(items.map((item) => item.key)).toEqual(['m5', 'e1']);
  });

  it('says structured entries in the reader’s language, and falls back to the server’s summary', () => {
    const { t } = createDeskI18n('ru').global;
    const translate = (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
    const at = () => '16.02.2026, 10:20';
    expect(describeEntry(entry('1', 'x', 'STATUS_CHANGED', { from: 'NEW', to: 'IN_PROGRESS' }), translate, at)).toEqual({ label: 'Статус', detail: 'Новая → В работе' });
    expect(describeEntry(entry('2', 'x', 'CRITICALITY_CHANGED', { from: 'NON_CRITICAL', to: 'CRITICAL', reason: 'отказ АРМ' }), translate, at).detail).toBe(
      'Некритичная → Критичная: отказ АРМ',
    );
    expect(describeEntry(entry('3', 'x', 'CLOSED', { resolution: 'THIRD_PARTY', thirdPartyVendor: 'ООО Вендор' }), translate, at).detail).toBe(
      'Причина в стороннем ПО (ООО Вендор)',
    );
    expect(describeEntry(entry('4', 'x', 'EXPECTED_RESOLUTION_SET', { expectedResolutionAt: null }), translate, at).detail).toBe('срок снят');
    const moved = { previousResponseDueAt: '2026-03-16T06:20:00.000Z', responseDueAt: '2026-03-17T06:20:00.000Z', calendarChange: 'Calendar override of 2026-03-16 set: day off' };
    expect(describeEntry(entry('4a', 'x', 'DEADLINE_MOVED', moved), translate, (iso) => iso.slice(0, 10)).detail).toBe(
      '2026-03-16 → 2026-03-17 МСК (изменён производственный календарь: Calendar override of 2026-03-16 set: day off)',
    );
    expect(describeEntry(entry('5', 'x', 'ASSIGNED', { to: 3 }), translate, at)).toEqual({ label: 'Назначение', detail: 'summary 5' });
    expect(describeEntry(entry('6', 'x', 'SLA_ALERT', { kind: 'AT_RISK', dueAt: 'x' }), translate, at)).toEqual({ label: 'Оповещение SLA', detail: 'Под угрозой' });
    expect(describeEntry(entry('7', 'x', 'ESCALATED', { level: 1, reason: 'SLA_BREACHED', automatic: true }), translate, at).detail).toBe(
      'уровень 1: срок реакции нарушен (SLA-7)',
    );
    expect(describeEntry(entry('8', 'x', 'NOTIFICATION_QUEUED', { kind: 'WORK_STARTED', channel: 'EMAIL' }), translate, at).detail).toBe('работа начата (Эл. почта)');
    expect(describeEntry(entry('10', 'x', 'FILE_ATTACHED', { fileId: 9, fileName: 'server.nfo', size: 3 * 1024 * 1024 }), translate, at)).toEqual({ label: 'Файл', detail: 'server.nfo (3 MB)' });
    expect(describeEntry(entry('9', 'x', 'DETAILS_UPDATED', { fields: ['buildNumber', 'osVersion'] }), translate, at).detail).toBe('Номер сборки, Версия ОС');
    // #19: a merge, on the survivor (the arrival that stands, SLA-2) and on the duplicate.
    const merged = { duplicateNumber: 'SD-000005', duplicateChannel: 'PHONE', receivedAt: '2026-02-16T07:20:00.000Z' };
    expect(describeEntry(entry('11', 'x', 'MERGED', merged), translate, at)).toEqual({
      label: 'Объединение',
      detail: 'присоединена SD-000005 (Телефон); поступление 16.02.2026, 10:20 МСК',
    });
    expect(describeEntry(entry('12', 'x', 'MERGED', { mergedIntoNumber: 'SD-000006' }), translate, at).detail).toBe('объединена с SD-000006 как дубликат');
    expect(describeEntry(entry('13', 'x', 'CLOSED', { resolution: 'FORWARDED_TO_SALES' }), translate, at).detail).toBe('Передана в коммерческий отдел');
  });

  it('SLA-3: the reaction shows its proof; a failed notice says whom to phone', () => {
    const { t } = createDeskI18n('ru').global;
    const translate = (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
    const at = () => '16.02.2026, 10:20';
    const detail = (kind: TimelineEntry['kind'], data: Record<string, unknown>) => describeEntry(entry('1', 'x', kind, data), translate, at).detail;
    expect(detail('RESPONDED', { outcome: 'MET', channel: 'EMAIL', proof: 'Message-ID <outbox-1@desk.local>; 250 OK' })).toBe(
      'заказчик получил оповещение (Эл. почта: Message-ID <outbox-1@desk.local>; 250 OK); SLA: Выполнено в срок',
    );
    expect(detail('REACTION_NOTICE_FAILED', { channel: 'PHONE', error: 'нет адреса', phone: '+7 812 000-00-01' })).toBe(
      'оповещение не дошло до заказчика (Телефон: нет адреса); позвоните +7 812 000-00-01',
    );
  });

  it('says who did what in Russian for registration, assignment, messages, splits and links (no English server summaries)', () => {
    const { t } = createDeskI18n('ru').global;
    const translate = (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
    const at = () => '16.02.2026, 10:20';
    const detail = (kind: TimelineEntry['kind'], data: Record<string, unknown>) => describeEntry(entry('1', 'x', kind, data), translate, at).detail;
    expect(detail('CREATED', { channel: 'PHONE', supportLevel: 'EXTENDED', criticality: 'CRITICAL', priority: 1 })).toBe('Телефон, Расширенный, Критичная, P1');
    expect(detail('ASSIGNED', { assigneeId: 3, selfAssigned: true })).toBe('инженер взял заявку');
    expect(detail('ASSIGNED', { from: null, to: 3, assigneeName: 'Анна Агентова' })).toBe('назначена: Анна Агентова');
    expect(detail('MESSAGE', { messageId: 1, kind: 'CUSTOMER_REPLY', authorName: 'Борис Бетов', fromCustomer: true })).toBe('Ответ заказчика — Борис Бетов (заказчик)');
    expect(detail('SPLIT', { splitFrom: 4, splitFromNumber: 'T-000004' })).toBe('выделена из заявки T-000004; время поступления сохранено (ID-3)');
    expect(detail('SPLIT', { part: 5, partNumber: 'T-000005', partSubject: 'Второй сбой' })).toBe('часть выделена в заявку T-000005: Второй сбой');
    expect(detail('LINKED', { continues: 4, continuesNumber: 'T-000004' })).toBe('продолжает закрытую заявку T-000004 (TKT-4)');
    expect(detail('LINKED', { featureRequestId: 2, featureRequest: 'FR-2', title: 'Экспорт журнала', status: 'PLANNED' })).toBe('связана с предложением FR-2 «Экспорт журнала»');
  });
});
