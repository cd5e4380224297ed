import { describe, expect, it } from 'vitest';
import { highlightParts, isSearchShortcut } from '../search-text';

describe('search excerpts and the / shortcut (#13)', () => {
  it('splits an excerpt at the highlight ranges; text stays text, never HTML', () => {
    const parts = highlightParts('Истёк <b>сертификат</b> ФСТЭК', [{ start: 9, length: 10 }]);
    expect(parts).toEqual([
      { text: 'Истёк <b>', marked: false },
      { text: 'сертификат', marked: true },
      { text: '</b> ФСТЭК', marked: false },
    ]);
  });

  it('ignores ranges out of order, overlapping or past the end', () => {
    expect(highlightParts('abc def', [{ start: 4, length: 3 }, { start: 0, length: 3 }, { start: 1, length: 1 }, { start: 99, length: 2 }]).filter((p) => p.marked).map((p) => p.text)).toEqual(['abc', 'def']);
  });

  it('"/" focuses the search unless the user is typing somewhere', () => {
    const key = { key: '/', ctrlKey: false, metaKey: false, altKey: false };
    expect(isSearchShortcut(key, document.body)).toBe(true);
    expect(isSearchShortcut(key, document.createElement('input'))).toBe(false);
    expect(isSearchShortcut(key, document.createElement('textarea'))).toBe(false);
    expect(isSearchShortcut({ ...key, ctrlKey: true }, document.body)).toBe(false);
  });
});
