import { DomUtils, parseDocument } from 'htmlparser2';

/** What a mail client would make of an HTML part: the elements, the links and the visible text. */
export interface ParsedHtml {
  readonly lang: string | undefined;
  /** Names of every element, to prove user text did not become markup. */
  readonly elements: Set<string>;
  /** Names of every attribute, to prove no event handler (`onerror`, `onload`) got in. */
  readonly attributes: Set<string>;
  /** `href` of every link, as written. */
  readonly links: string[];
  /** The text, entities decoded, whitespace collapsed. */
  readonly text: string;
}

/** Parses an HTML part with a real HTML parser (htmlparser2). */
export function parseHtml(html: string): ParsedHtml {
  const document = parseDocument(html);
  const all = DomUtils.findAll(() => true, document.children);
  const body = DomUtils.findOne((e) => e.name === 'body', document.children);
  return {
    lang: DomUtils.findOne((e) => e.name === 'html', document.children)?.attribs.lang,
    elements: new Set(all.map((e) => e.name)),
    attributes: new Set(all.flatMap((e) => Object.keys(e.attribs))),
    links: all.filter((e) => e.name === 'a').map((e) => e.attribs.href ?? ''),
    text: DomUtils.textContent(body ?? document).replace(/\s+/g, ' '),
  };
}
