import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  addReferral,
  createReferralResource,
  listOpenReferrals,
  listReferralResources,
  listReferrals,
  presentResource,
  updateReferral,
} from './referrals.service.ts';

export function registerReferralRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listReferralResources', async ({ actor }) => ({
    items: (await listReferralResources(ctx, { actor })).map(presentResource),
  }));
  registerEndpoint(app, 'createReferralResource', async ({ actor, body }) =>
    presentResource(await createReferralResource(ctx, { actor, input: body })),
  );
  registerEndpoint(app, 'listReferrals', async ({ actor, params }) => ({
    items: await listReferrals(ctx, { actor, consultationId: params.id }),
  }));
  registerEndpoint(app, 'addReferral', async ({ actor, params, body }) =>
    addReferral(ctx, { actor, consultationId: params.id, resourceId: body.resourceId }),
  );
  registerEndpoint(app, 'updateReferral', async ({ actor, params, body }) =>
    updateReferral(ctx, { actor, referralId: params.id, status: body.status }),
  );
  registerEndpoint(app, 'listOpenReferrals', async ({ actor }) => ({
    items: await listOpenReferrals(ctx, { actor }),
  }));
}
