import type { ProblemList } from '../../common/errors.js';

const MAX_URL_LENGTH = 300;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An endpoint's URL: https only in production (the payloads carry customers'
 * tickets); elsewhere plain http to this machine too, for local receivers and
 * tests. Credentials in the URL are refused: they would be shown to everyone
 * who lists the endpoints.
 */
export function checkWebhookUrl(raw: string, production: boolean, field: string, problems: ProblemList): string {
  const text = raw.trim();
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || text.length > MAX_URL_LENGTH) {
    problems.add(field, `must be an absolute URL of at most ${MAX_URL_LENGTH} characters`);
    return text;
  }
  const loopbackHttp = url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(loopbackHttp && !production)) {
    problems.add(field, production ? 'must be an https:// URL' : 'must be an https:// URL (or http:// to 127.0.0.1 / localhost outside production)');
  }
  if (url.username || url.password) problems.add(field, 'must not carry a user name or password');
  return text;
}
