import type { IncomingMessage } from 'node:http';

/**
 * The client's address: the socket's peer, or — behind `trustedProxies` reverse proxies that each
 * append to X-Forwarded-For — the address the outermost of them saw. Entries further left are the
 * client's own say and are never trusted (anyone can send the header).
 */
export function clientAddressOf(request: IncomingMessage, trustedProxies: number): string {
  const forwarded = request.headers['x-forwarded-for'];
  const listed = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [...listed, request.socket.remoteAddress ?? 'unknown'];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}
