import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { exportAuditLog, listAuditEntries } from './audit.service.ts';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listAuditLog', async ({ actor, query }) => {
    const { before, ...filter } = query;
    return listAuditEntries(ctx, { actor, filter, before });
  });

  registerEndpoint(app, 'exportAuditLog', async ({ actor, query, reply }) => {
    const file = await exportAuditLog(ctx, { actor, filter: query });
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store');
    return file.content;
  });
}
