/** A run of an excerpt: plain text, marked when it matched a word of the query. */
export interface TextPart {
  text: string;
  marked: boolean;
}

/** Splits an excerpt at the server's highlight ranges, so the matches render as <mark> without any HTML from the server. */
export function highlightParts(text: string, highlights: readonly { start: number; length: number }[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const { start, length } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at || length <= 0 || start >= text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, start + length), marked: true });
    at = start + length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

/** The "/" shortcut: only when the user is not typing somewhere already. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, target: EventTarget | null): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return false;
  const element = target as HTMLElement | null;
  const tag = element?.tagName?.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || element?.isContentEditable);
}
