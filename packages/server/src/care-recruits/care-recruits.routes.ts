import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  getRecruitingPage,
  listRecruits,
  moveRecruit,
  registerRecruitInterest,
  verifyRecruitLicence,
} from './care-recruits.service.ts';

export function registerCareRecruitRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(
    app,
    'getRecruitingPage',
    async ({ params }) => getRecruitingPage(ctx, { code: params.code }),
    {
      publicRateLimited: true,
    },
  );
  registerEndpoint(
    app,
    'registerRecruitInterest',
    async ({ params, body }) => registerRecruitInterest(ctx, { code: params.code, request: body }),
    { rateLimited: true },
  );
  registerEndpoint(app, 'listRecruits', async ({ actor }) => listRecruits(ctx, { actor }));
  registerEndpoint(app, 'moveRecruit', async ({ actor, params, body }) =>
    moveRecruit(ctx, { actor, recruitId: params.id, stage: body.stage }),
  );
  registerEndpoint(app, 'verifyRecruitLicence', async ({ actor, params, body }) =>
    verifyRecruitLicence(ctx, { actor, recruitId: params.id, licenceNumber: body.licenceNumber }),
  );
}
