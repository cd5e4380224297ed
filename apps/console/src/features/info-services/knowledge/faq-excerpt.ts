/**
 * A plain-text teaser of an article's Markdown for the search results: markup
 * dropped, link texts kept, cut at a word. Rendered as text, never as HTML.
 */
export function faqExcerpt(markdown: string, maxLength = 220): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, '')}…`;
}

/** "вход, домен" → ["вход", "домен"]: the editor's tags field. */
export function parseTags(value: string): string[] {
  return value
    .split(/[,;\n]/)
    .map((tag) => tag.trim())
    .filter((tag, index, all) => tag !== '' && all.findIndex((other) => other.toLowerCase() === tag.toLowerCase()) === index);
}
