import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { sendError } from '../platform/http/error-handler.ts';
import { lastBackup } from '../operations/scheduled-backup.ts';

/**
 * Liveness says the process answers; readiness says it can reach its database, and how old
 * the newest scheduled backup is (an alert rule watches it; an old backup is no reason to
 * take the instance out of service).
 */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext) {
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await ctx.database.ping();
      const { dir } = ctx.config.backup;
      return {
        status: 'ready',
        database: ctx.database.kind,
        ...(dir ? { backup: lastBackup(dir, ctx.now()) } : {}),
      };
    } catch (error) {
      request.log.warn({ err: error }, 'database not reachable');
      return sendError(request, reply, 'NOT_READY');
    }
  });
}
