import type { RequestSession } from '../../auth/session.service.ts';
import type { Realtime } from '../../realtime/realtime-server.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind this request, resolved once by the auth hook. */
    auth: RequestSession | null;
  }
  interface FastifyInstance {
    /** Rate-limit settings for guessable endpoints, taken from config. */
    authRateLimit: { max: number; timeWindow: number };
    /** The public (no sign-in) open-data API, per client address. */
    publicRateLimit: { max: number; timeWindow: number };
    /** The Socket.IO server sharing this HTTP server, and the consultation events it fans out. */
    realtime: Realtime;
  }
}
