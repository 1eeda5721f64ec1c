import type { RequestSession } from '../../auth/session.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind this request, resolved once by the auth hook. */
    auth: RequestSession | null;
  }
  interface FastifyInstance {
    /** Rate-limit settings for guessable endpoints, taken from config. */
    authRateLimit: { max: number; timeWindow: number };
  }
}
