import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Where map tiles come from, as a CSP source: the template's origin, a `{s}` subdomain as a
 * wildcard (`https://{s}.tile.example` → `https://*.tile.example`).
 */
export function tileImageSource(urlTemplate: string): string {
  const url = new URL(urlTemplate.replace(/\{[a-z]+\}/g, '0').replace(/^(\w+:\/\/)0\./, '$1x.'));
  const wildcard = /^\w+:\/\/\{s\}\./.test(urlTemplate);
  return wildcard ? `${url.protocol}//*.${url.host.slice(2)}` : url.origin;
}

/**
 * A strict Content-Security-Policy: the web app is built by Vite with no inline script or
 * style, so nothing inline is allowed; QR codes are shown as data: images; map tiles come
 * from the configured tile server only.
 */
export async function installSecurityHeaders(
  app: FastifyInstance,
  { https, mapTileUrl }: { https: boolean; mapTileUrl: string },
) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', tileImageSource(mapTileUrl)],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', 'camera=(self), microphone=(self), geolocation=()');
  });
}
