import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { getJobCentre, postNurseryOpening, recordStaffShortage } from './job-centre.service.ts';

export function registerJobCentreRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'getJobCentre', async ({ actor, params }) =>
    getJobCentre(ctx, { actor, programmeId: params.id }),
  );
  registerEndpoint(app, 'recordStaffShortage', async ({ actor, params, body }) =>
    recordStaffShortage(ctx, { actor, facilityId: params.id, ...body }),
  );
  registerEndpoint(app, 'postNurseryOpening', async ({ actor, params, body }) => ({
    opening: await postNurseryOpening(ctx, { actor, facilityId: params.id, input: body }),
  }));
}
