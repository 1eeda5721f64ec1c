import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import { safeEqual } from '../platform/crypto/tokens.ts';
import { csrfTokenFor } from './csrf.ts';
import { resolveSession, type RequestSession } from './session.service.ts';

export const sessionCookieName = 'yorisoi_session';
export const csrfHeaderName = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, session: RequestSession) {
  reply.setCookie(sessionCookieName, session.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https://'),
    path: '/',
    maxAge: ctx.config.sessionTtlHours.worker * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(sessionCookieName, { path: '/' });
}

/** A browser's Origin must be ours (or the Host it talked to); non-browser clients send none. */
export function isOriginAllowed(
  ctx: AppContext,
  origin: string | undefined,
  host: string | undefined,
): boolean {
  if (!origin) return true;
  const own = new URL(ctx.config.publicUrl).origin;
  return (
    origin === own ||
    (host !== undefined && (origin === `http://${host}` || origin === `https://${host}`))
  );
}

/**
 * Authenticate: resolves the session cookie for every API request. For state-changing
 * requests it also enforces CSRF protection: the Origin must be ours, and a request made
 * with a live session must carry that session's CSRF token in a header.
 */
export function installAuthHook(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookieName];
    request.auth = token ? await resolveSession(ctx, token) : null;
    if (safeMethods.has(request.method)) return;
    if (!isOriginAllowed(ctx, request.headers.origin, request.headers.host))
      throw new AppError('CSRF_INVALID');
    if (request.auth) {
      const sent = request.headers[csrfHeaderName];
      if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(request.auth.token))) {
        throw new AppError('CSRF_INVALID');
      }
    }
  });
}
