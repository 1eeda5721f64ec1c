import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  getMyStressCheck,
  getStressCheckGroupAnalysis,
  listStressChecks,
  openStressCheck,
  requestStressCheckInterview,
  saveMyStressCheck,
} from './stress-checks.service.ts';

export function registerStressCheckRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listStressChecks', async ({ actor }) => ({
    items: await listStressChecks(ctx, { actor }),
  }));
  registerEndpoint(app, 'openStressCheck', async ({ actor, body }) =>
    openStressCheck(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'getMyStressCheck', async ({ actor, params }) =>
    getMyStressCheck(ctx, { actor, periodId: params.id }),
  );
  registerEndpoint(app, 'saveMyStressCheck', async ({ actor, params, body }) =>
    saveMyStressCheck(ctx, { actor, periodId: params.id, input: body }),
  );
  registerEndpoint(app, 'requestStressCheckInterview', async ({ actor, params }) =>
    requestStressCheckInterview(ctx, { actor, periodId: params.id }),
  );
  registerEndpoint(app, 'getStressCheckGroupAnalysis', async ({ actor, params }) =>
    getStressCheckGroupAnalysis(ctx, { actor, periodId: params.id }),
  );
}
