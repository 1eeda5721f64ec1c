import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { createShift, deleteShift, getCoverage, listShifts } from './roster.service.ts';

export function registerRosterRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listShifts', async ({ actor, query }) => ({
    items: await listShifts(ctx, { actor, ...query }),
  }));
  registerEndpoint(app, 'createShift', async ({ actor, body }) =>
    createShift(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'deleteShift', async ({ actor, params }) => {
    await deleteShift(ctx, { actor, shiftId: params.id });
    return { ok: true as const };
  });
  registerEndpoint(app, 'getCoverage', async ({ actor, query }) =>
    getCoverage(ctx, { actor, ...query }),
  );
}
