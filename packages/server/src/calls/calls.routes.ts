import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { presentCall } from './calls.presenter.ts';
import { getCurrentCall } from './calls.service.ts';
import { getIceConfig } from './ice-config.service.ts';

export function registerCallRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getIceConfig', async ({ actor }) => getIceConfig(ctx, { actor }));
  registerEndpoint(app, 'getCurrentCall', async ({ actor, params }) => {
    const call = await getCurrentCall(ctx, { actor, consultationId: params.id });
    return { call: call ? presentCall(call, actor.userId) : null };
  });
}
