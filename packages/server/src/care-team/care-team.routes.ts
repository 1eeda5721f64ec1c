import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  changeCareTeamRole,
  createCareTeamMember,
  listCareTeam,
  presentCareTeamMember,
  resetCareTeamMemberAccess,
  setLicenceVerification,
} from './care-team.service.ts';

export function registerCareTeamRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listCareTeam', async ({ actor }) => ({
    items: (await listCareTeam(ctx, { actor })).map(presentCareTeamMember),
  }));
  registerEndpoint(app, 'createCareTeamMember', async ({ actor, body }) =>
    createCareTeamMember(ctx, { actor, ...body }),
  );
  registerEndpoint(app, 'setLicenceVerification', async ({ actor, params, body }) =>
    setLicenceVerification(ctx, { actor, userId: params.id, verification: body.verification }),
  );
  registerEndpoint(app, 'changeCareTeamRole', async ({ actor, params, body }) =>
    changeCareTeamRole(ctx, { actor, userId: params.id, role: body.role }),
  );
  registerEndpoint(app, 'resetCareTeamMemberAccess', async ({ actor, params }) =>
    resetCareTeamMemberAccess(ctx, { actor, userId: params.id }),
  );
}
