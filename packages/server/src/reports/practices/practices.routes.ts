import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { registerEndpoint } from '../../platform/http/route.ts';
import {
  createPractice,
  deletePractice,
  listPractices,
  updatePractice,
} from './practices.service.ts';

export function registerPracticeRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listPractices', async ({ actor }) => ({
    items: await listPractices(ctx, { actor }),
  }));
  registerEndpoint(app, 'createPractice', async ({ actor, body }) =>
    createPractice(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'updatePractice', async ({ actor, params, body }) =>
    updatePractice(ctx, { actor, id: params.id, input: body }),
  );
  registerEndpoint(app, 'deletePractice', async ({ actor, params }) =>
    deletePractice(ctx, { actor, id: params.id }),
  );
}
