import type MarkdownIt from 'markdown-it';

let renderer: Promise<MarkdownIt> | null = null;

/**
 * The staff editors' preview (FAQ articles, release notes) renders with the
 * library and settings the server uses for `bodyHtml` (markdown-it, raw HTML
 * escaped, bare URLs linked), so what staff see is what readers will get.
 * Loaded on first use: it lives in the editors' chunk, never in the first load.
 * The result still goes through SafeHtml's allowlist.
 */
export function renderMarkdownPreview(source: string): Promise<string> {
  renderer ??= import('markdown-it').then(({ default: Markdown }) => new Markdown({ html: false, linkify: true, typographer: false }));
  return renderer.then((md) => md.render(source));
}
