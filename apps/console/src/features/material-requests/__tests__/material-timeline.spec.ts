import { describe, expect, it } from 'vitest';
import type { TimelineEntryFieldsFragment } from '@desk/schema';
import { createDeskI18n } from '@/i18n';
import { describeEntry } from '@/features/ticket';

const entry = (kind: TimelineEntryFieldsFragment['kind'], data: Record<string, unknown>): TimelineEntryFieldsFragment => ({
  __typename: 'TimelineEntry',
  id: '1',
  at: '2026-02-16T10:00:00Z',
  kind,
  summary: 'server summary',
  internal: false,
  data,
});

describe('material request lines on the timeline (#19, TKT-9)', () => {
  it.each([
    ['ru', 'MATERIAL_REQUESTED', { requestId: 5, kind: 'LOGS', details: 'Журнал за 3 дня', reason: 'x' }, 'Запрошены материалы', 'Журналы (логи): Журнал за 3 дня'],
    ['ru', 'MATERIAL_FULFILLED', { requestId: 5, kind: 'EQUIPMENT', fileIds: [], note: 'СДЭК 123' }, 'Материалы предоставлены', 'Оборудование: СДЭК 123'],
    ['en', 'MATERIAL_CANCELLED', { requestId: 5, kind: 'MSINFO32_REPORT', note: null }, 'Material request withdrawn', 'msinfo32 report'],
    ['ru', 'EQUIPMENT_RECEIVED', { item: 'ПАК', serialNumber: 'SB-1', receivedOn: '2026-02-16' }, 'Оборудование получено', 'ПАК, S/N SB-1 (2026-02-16)'],
    ['en', 'EQUIPMENT_RETURNED', { itemId: 3, returnedOn: '2026-02-20', conditionNotes: 'PSU replaced' }, 'Equipment returned', '2026-02-20: PSU replaced'],
  ] as const)('%s %s reads in the reader’s language', (locale, kind, data, label, detail) => {
    const { t } = createDeskI18n(locale).global;
    const translate = (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
    expect(describeEntry(entry(kind, data), translate, () => '')).toEqual({ label, detail });
  });

  it('the notice line names the material request notice', () => {
    const { t } = createDeskI18n('ru').global;
    const translate = (key: string, named?: Record<string, unknown>) => (named ? t(key, named) : t(key));
    expect(describeEntry(entry('NOTIFICATION_QUEUED', { kind: 'MATERIAL_REQUESTED', channel: 'EMAIL' }), translate, () => '').detail).toBe('запрос материалов (Эл. почта)');
  });
});
