import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Express } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every answer, console and API (#15, SECURITY.md): a Content-Security-Policy that
 * runs scripts from this origin only (no inline scripts: an injected `<script>` does not run), no
 * framing by anyone (clickjacking), no Referer (download links carry their grant in the URL), no MIME
 * sniffing, and HSTS — only when the request came over TLS, here or at a trusted proxy, since a browser
 * told to insist on HTTPS for a plain-HTTP install would lock itself out.
 */
export function mountSecurityHeaders(app: Express, trustedProxies: number): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Vue and the chart library set style attributes; styles cannot run code.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    }),
  );
  app.use((req, res, next) => {
    if (cameOverTls(req, trustedProxies)) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    next();
  });
}

/** TLS ended here, or at the outermost trusted proxy, which says so in X-Forwarded-Proto. */
function cameOverTls(request: IncomingMessage, trustedProxies: number): boolean {
  if ((request.socket as TLSSocket).encrypted) return true;
  if (trustedProxies === 0) return false;
  const header = request.headers['x-forwarded-proto'];
  const protocols = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((p) => p.trim().toLowerCase());
  // Each trusted proxy appends its view; the entry the outermost one added is `trustedProxies` from the end.
  return protocols.length >= trustedProxies && protocols[protocols.length - trustedProxies] === 'https';
}
