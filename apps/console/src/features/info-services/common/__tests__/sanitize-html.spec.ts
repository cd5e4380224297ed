import { describe, expect, it } from 'vitest';
import { isSafeHref, sanitizeHtml } from '../sanitize-html';

describe('sanitizeHtml (the allowlist before every v-html of the information services)', () => {
  it('SVC-1: keeps what the server renders from Markdown', () => {
    const html =
      '<h2>Причины</h2><p>Сообщение <strong>«Ошибка»</strong> и <em>курсив</em>, <code>w32tm /resync</code></p>' +
      '<ol start="2"><li>раз</li></ol><pre><code class="language-sh">msinfo32</code></pre><blockquote><p>цитата</p></blockquote>';
    expect(sanitizeHtml(html)).toBe(
      '<h2>Причины</h2><p>Сообщение <strong>«Ошибка»</strong> и <em>курсив</em>, <code>w32tm /resync</code></p>' +
        '<ol start="2"><li>раз</li></ol><pre><code>msinfo32</code></pre><blockquote><p>цитата</p></blockquote>',
    );
  });

  it('drops scripts, styles, frames and forms with their content', () => {
    const clean = sanitizeHtml('<p>до</p><script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe><form><input></form><p>после</p>');
    expect(clean).toBe('<p>до</p><p>после</p>');
  });

  it('drops event handlers and inline styles, unwraps unknown elements keeping their text', () => {
    const clean = sanitizeHtml('<p onclick="alert(1)" style="color:red">текст <span onmouseover="x()">внутри</span> <img src="x" onerror="alert(1)"></p>');
    expect(clean).not.toMatch(/on\w+=|style=|<span/);
    expect(clean).toContain('текст внутри');
  });

  it('keeps only http(s), mailto and same-site links; outside ones open in a new tab without referrer', () => {
    const clean = sanitizeHtml(
      '<a href="javascript:alert(1)">a</a><a href="java\tscript:alert(1)">b</a><a href="//evil.example">c</a>' +
        '<a href="https://vendor.example/doc">d</a><a href="/faq">e</a><a href="data:text/html,x">f</a>',
    );
    const box = document.createElement('div');
    box.innerHTML = clean;
    const links = [...box.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, null, null, 'https://vendor.example/doc', '/faq', null]);
    expect(links[3]!.getAttribute('rel')).toBe('nofollow noopener noreferrer');
    expect(links[3]!.getAttribute('target')).toBe('_blank');
    expect(links[4]!.hasAttribute('target')).toBe(false);
  });

  it('images load only from http(s), lazily and without referrer', () => {
    const box = document.createElement('div');
    box.innerHTML = sanitizeHtml('<img src="https://docs.example/s.png" alt="экран"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="x">');
    const [good, bad] = [...box.querySelectorAll('img')];
    expect(good!.getAttribute('src')).toBe('https://docs.example/s.png');
    expect(good!.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(bad!.hasAttribute('src')).toBe(false);
  });

  it('escaped markup stays text', () => {
    expect(sanitizeHtml('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('isSafeHref', () => {
    expect(isSafeHref('https://a.example')).toBe(true);
    expect(isSafeHref('mailto:helpdesk@confident.ru')).toBe(true);
    expect(isSafeHref('/\\evil.example')).toBe(false);
    expect(isSafeHref('\\\\evil.example')).toBe(false);
    expect(isSafeHref('#part')).toBe(true);
    expect(isSafeHref(' javascript:alert(1)')).toBe(false);
    expect(isSafeHref('vbscript:x')).toBe(false);
  });
});
