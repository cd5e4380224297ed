import type { IncomingMessage } from 'node:http';
import type { RequestOrigin } from '../graphql/context.js';
import { clientAddressOf } from '../infra/http/client-address.js';

/** Where an HTTP request or a WebSocket upgrade came from: the client's address as the trusted proxies report it, and its User-Agent. */
export function requestOrigin(request: IncomingMessage, trustedProxies: number): RequestOrigin {
  const userAgent = request.headers['user-agent'];
  return { ip: clientAddressOf(request, trustedProxies), userAgent: typeof userAgent === 'string' ? userAgent : null };
}
