import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { sendError } from '../platform/http/error-handler.ts';

/** Liveness says the process answers; readiness says it can reach its database. */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await ctx.database.ping();
      return { status: 'ready', database: ctx.database.kind };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return sendError(request, reply, 'NOT_READY');
    }
  });
}
