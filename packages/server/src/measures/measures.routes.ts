import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  addMeasureIndicator,
  createMeasure,
  getMeasureHistory,
  getPublicMeasures,
  listMeasures,
  updateMeasure,
} from './measures.service.ts';

// The public page is read without sign-in, limited per client address like the others.
const publicReading = { publicRateLimited: true } as const;

export function registerMeasureRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(
    app,
    'getPublicMeasures',
    async ({ params }) => getPublicMeasures(ctx, { code: params.code }),
    publicReading,
  );
  registerEndpoint(app, 'listMeasures', async ({ actor }) => listMeasures(ctx, { actor }));
  registerEndpoint(app, 'createMeasure', async ({ actor, body }) => ({
    measure: await createMeasure(ctx, { actor, input: body }),
  }));
  registerEndpoint(app, 'updateMeasure', async ({ actor, params, body }) => ({
    measure: await updateMeasure(ctx, { actor, measureId: params.id, request: body }),
  }));
  registerEndpoint(app, 'addMeasureIndicator', async ({ actor, params, body }) => ({
    measure: await addMeasureIndicator(ctx, { actor, measureId: params.id, input: body }),
  }));
  registerEndpoint(app, 'getMeasureHistory', async ({ actor, params }) =>
    getMeasureHistory(ctx, { actor, measureId: params.id }),
  );
}
