import { describe, expect, it } from 'vitest';
import { LOCALE_STORAGE_KEY, initialLocale, russianPlural, setLocale } from '@/shared/i18n/locale';
import { mergeMessages } from '@/shared/i18n/merge-messages';
import { createDeskI18n } from '../index';
import { messages } from '../messages';

const { ru, en } = messages;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('i18n', () => {
  it('LVL-5: Russian by default, English when chosen before', () => {
    expect(initialLocale({ getItem: () => null })).toBe('ru');
    expect(initialLocale({ getItem: () => 'en' })).toBe('en');
    expect(initialLocale({ getItem: () => 'de' })).toBe('ru');
  });

  it('merges the shared and the features\' messages, each namespace from one place', () => {
    expect(mergeMessages({ a: { x: '1' } }, { b: { y: '2' } })).toEqual({ a: { x: '1' }, b: { y: '2' } });
    expect(() => mergeMessages({ a: { x: '1' } }, { a: { y: '2' } })).toThrow('messages "a" are defined twice');
  });

  it('has every Russian key in English too', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('declines Russian counts', () => {
    const i18n = createDeskI18n('ru');
    const count = (n: number) => i18n.global.t('queue.count', n);
    expect([0, 1, 2, 5, 11, 21, 22, 25, 111].map(count)).toEqual([
      'нет заявок',
      '1 заявка',
      '2 заявки',
      '5 заявок',
      '11 заявок',
      '21 заявка',
      '22 заявки',
      '25 заявок',
      '111 заявок',
    ]);
    expect(russianPlural(3, 4)).toBe(2);
  });

  it('switches the language, remembers it and updates <html lang>', () => {
    const i18n = createDeskI18n('ru');
    const saved = new Map<string, string>();
    setLocale(i18n.global, 'en', { setItem: (k, v) => void saved.set(k, v) });
    expect(i18n.global.t('queue.startWork')).toBe('Start work');
    expect(saved.get(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.global.t('queue.count', 1)).toBe('1 ticket');
  });
});
