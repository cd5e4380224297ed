import { describe, expect, it } from 'vitest';
import { faqExcerpt, parseTags } from '../faq-excerpt';

describe('faqExcerpt', () => {
  it('SVC-1: a plain-text teaser of the Markdown, link texts kept, code blocks dropped', () => {
    const markdown = '## Причины\n\n1. **Время** расходится с [контроллером](https://dc.example) домена.\n- `w32tm /resync`\n\n```\nmsinfo32\n```\n> цитата';
    expect(faqExcerpt(markdown)).toBe('Причины Время расходится с контроллером домена. w32tm /resync цитата');
  });

  it('cuts long text at a word with an ellipsis', () => {
    const excerpt = faqExcerpt('слово '.repeat(100), 50);
    expect(excerpt.endsWith('слово…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
  });
});

describe('parseTags', () => {
  it('splits on commas, trims and drops empty and repeated tags (ignoring case)', () => {
    expect(parseTags(' вход, домен ,, Вход; UEFI\nзагрузка')).toEqual(['вход', 'домен', 'UEFI', 'загрузка']);
  });
});
