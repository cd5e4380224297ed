import MarkdownIt, { type Token } from 'markdown-it';

/**
 * Markdown written by staff (FAQ articles, release notes), rendered for any
 * reader: raw HTML is escaped (`html: false`), bare URLs become links, and
 * markdown-it's link validation refuses javascript:, vbscript:, file: and
 * non-image data: targets. Links open outside the console and pass no referrer.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  token.attrSet('rel', 'nofollow noopener noreferrer');
  token.attrSet('target', '_blank');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(source: string): string {
  return md.render(source);
}

/** The words a reader sees (no markup, no link targets): what the FAQ search indexes. */
export function markdownPlainText(source: string): string {
  const parts: string[] = [];
  const walk = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      if (token.type === 'text' || token.type === 'code_inline' || token.type === 'code_block' || token.type === 'fence') {
        parts.push(token.content);
      } else if (token.type === 'softbreak' || token.type === 'hardbreak') {
        parts.push('\n');
      }
      if (token.children) walk(token.children);
      if (token.block && token.nesting === -1) parts.push('\n');
    }
  };
  walk(md.parse(source, {}));
  return parts.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
