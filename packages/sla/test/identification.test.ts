import { describe, expect, it } from 'vitest';
import { normalizeIdentifier, normalizeOrganizationName, sameOrganizationName } from '../src/index.js';

describe('ID-2: organization names and identifiers are compared as typed by hand', () => {
  it('ID-2: quotes, case, ё and repeated spaces do not make another organization', () => {
    expect(normalizeOrganizationName('«АО  Альфа»')).toBe('ао альфа');
    expect(normalizeOrganizationName(' "ао альфа" ')).toBe('ао альфа');
    expect(normalizeOrganizationName('ООО „Фёдор“')).toBe('ооо федор');
    expect(normalizeOrganizationName('ПАО\tБета\n')).toBe('пао бета');
  });

  it('ID-2: a full-width or compatibility form is the plain letter (NFKC)', () => {
    expect(normalizeOrganizationName('ＡＢＣ')).toBe('abc');
    expect(normalizeIdentifier('ＤＬ－１')).toBe('DL-1');
  });

  it('ID-2: identifiers ignore case and every space, dashes stay', () => {
    expect(normalizeIdentifier('dl-ext-0001')).toBe('DL-EXT-0001');
    expect(normalizeIdentifier(' sn 123 - 45 ')).toBe('SN123-45');
    expect(normalizeIdentifier('   ')).toBe('');
  });

  it('ID-2: sameOrganizationName compares the normal forms', () => {
    expect(sameOrganizationName('«АО Альфа»', 'ао  альфа')).toBe(true);
    expect(sameOrganizationName('АО Альфа', 'АО Бета')).toBe(false);
  });

  // Moved from the console's phone form (contract-lookup.spec.ts), which now uses this function.
  it('ID-2: compares organization names as the server does: quotes, case, ё and spaces aside', () => {
    expect(sameOrganizationName('«АО Альфа»', 'ао  альфа')).toBe(true);
    expect(sameOrganizationName('ООО Партнёр-Сервис', 'ООО Партнер-Сервис')).toBe(true);
    expect(sameOrganizationName('ПАО Бета', 'АО Альфа')).toBe(false);
  });
});
