import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { listAuditEntries } from './audit.service.ts';

export function registerAuditRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listAuditLog', async ({ actor, query }) => ({
    items: (await listAuditEntries(ctx.db, { actor, before: query.before })).map((e) => ({
      seq: e.seq,
      at: new Date(e.at).toISOString(),
      action: e.action,
      actorRole: e.actorRole,
      actorId: e.actorId,
      targetType: e.targetType,
      targetId: e.targetId,
    })),
  }));
}
