import fastifyCookie from '@fastify/cookie';
import type { ErrorCode } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { isOriginAllowed, sessionCookieName } from '../auth/auth.hook.ts';
import { resolveSession } from '../auth/session.service.ts';
import { socketError } from './socket-errors.ts';
import type { RealtimeServer } from './socket-types.ts';

function refusal(code: ErrorCode) {
  // Socket.IO hands `data` to the client's connect_error, next to the message.
  return Object.assign(new Error(code), { data: socketError(code, 'ja') });
}

/**
 * A socket is authenticated like an HTTP request: the same session cookie, an Origin
 * that is ours, and staff must have passed their second factor in this session.
 */
export function authenticateSockets(io: RealtimeServer, ctx: AppContext) {
  io.use(async (socket, next) => {
    try {
      const headers = socket.handshake.headers;
      if (!isOriginAllowed(ctx, headers.origin, headers.host)) return next(refusal('CSRF_INVALID'));
      const token = fastifyCookie.parse(headers.cookie ?? '')[sessionCookieName];
      const session = token ? await resolveSession(ctx, token) : null;
      if (!session) return next(refusal('UNAUTHENTICATED'));
      if (!session.actor.mfaSatisfied) {
        return next(
          refusal(session.totpEnrolled ? 'MFA_VERIFICATION_REQUIRED' : 'MFA_ENROLMENT_REQUIRED'),
        );
      }
      socket.data.session = session;
      next();
    } catch {
      next(refusal('INTERNAL'));
    }
  });
}
