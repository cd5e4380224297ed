/**
 * The server already renders FAQ articles and release notes safely (markdown-it
 * with raw HTML escaped, unsafe link targets dropped). This allowlist is the
 * console's own second line: whatever the API or the editor preview hands us,
 * only plain text formatting, links and images survive before `v-html`.
 * Parsing happens in an inert <template>, so nothing in the input runs or loads.
 */
const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'del', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'kbd',
  'li', 'ol', 'p', 'pre', 's', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Dropped with everything inside them; any other unknown element is unwrapped (its text kept). */
const DROPPED_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'template', 'noscript',
  'form', 'input', 'button', 'select', 'textarea', 'option', 'link', 'meta', 'base', 'title', 'head', 'audio', 'video', 'source', 'track', 'canvas',
]);

const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'title'],
  ol: ['start'],
  abbr: ['title'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
};

const SAFE_LINK = /^(https?:|mailto:)/i;
const SAFE_IMAGE = /^https?:/i;

/** A link target we let through: http(s), mailto, or a same-site path / fragment. */
export function isSafeHref(value: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we, before checking.
  // eslint-disable-next-line no-control-regex -- exactly the characters browsers strip
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  // Browsers read a backslash as a slash here: "/\\evil.example" leaves the site like "//evil.example".
  if (/^[/\\]{2}/.test(compact)) return false;
  if (compact.startsWith('/') || compact.startsWith('#')) return true;
  return SAFE_LINK.test(compact);
}

function cleanAttributes(element: Element, tag: string): void {
  const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
  for (const attribute of [...element.attributes]) {
    if (!allowed.includes(attribute.name.toLowerCase())) element.removeAttribute(attribute.name);
  }
  if (tag === 'a') {
    const href = element.getAttribute('href');
    if (href !== null && !isSafeHref(href)) element.removeAttribute('href');
    const target = element.getAttribute('href');
    if (target && !target.startsWith('/') && !target.startsWith('#')) {
      // Outside the console, without our address or a handle on this window.
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'nofollow noopener noreferrer');
    }
  }
  if (tag === 'img') {
    const src = element.getAttribute('src');
    if (src === null || !SAFE_IMAGE.test(src.trim())) element.removeAttribute('src');
    element.setAttribute('loading', 'lazy');
    element.setAttribute('referrerpolicy', 'no-referrer');
  }
}

function clean(parent: ParentNode): void {
  for (const node of [...parent.childNodes]) {
    if (node.nodeType === 3) continue; // text
    if (node.nodeType !== 1) {
      node.parentNode?.removeChild(node); // comments, processing instructions
      continue;
    }
    const element = node as Element;
    const tag = element.tagName.toLowerCase();
    if (DROPPED_TAGS.has(tag)) {
      element.remove();
      continue;
    }
    clean(element);
    if (ALLOWED_TAGS.has(tag)) {
      cleanAttributes(element, tag);
    } else {
      element.replaceWith(...element.childNodes);
    }
  }
}

export function sanitizeHtml(html: string): string {
  if (typeof document === 'undefined') return '';
  const template = document.createElement('template');
  template.innerHTML = html;
  clean(template.content);
  return template.innerHTML;
}
