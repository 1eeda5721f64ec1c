import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  addAllianceMember,
  createAlliance,
  getAlliance,
  listAlliances,
  recordAllianceAward,
  removeAllianceMember,
} from './alliances.service.ts';
import {
  listOwnAllianceEntries,
  signAllianceDeclaration,
  updateAllianceEntry,
} from './alliance-entries.service.ts';
import {
  getPublicAlliance,
  getPublicAllianceMember,
  listPublicAlliances,
} from './public-alliances.service.ts';

// Public pages are read without sign-in, limited per client address like the others.
const publicReading = { publicRateLimited: true } as const;

export function registerAllianceRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(
    app,
    'listPublicAlliances',
    async ({ params }) => listPublicAlliances(ctx, { code: params.code }),
    publicReading,
  );
  registerEndpoint(
    app,
    'getPublicAlliance',
    async ({ params }) => getPublicAlliance(ctx, { code: params.code, allianceId: params.id }),
    publicReading,
  );
  registerEndpoint(
    app,
    'getPublicAllianceMember',
    async ({ params }) =>
      getPublicAllianceMember(ctx, {
        code: params.code,
        allianceId: params.id,
        memberId: params.memberId,
      }),
    publicReading,
  );
  registerEndpoint(app, 'listAlliances', async ({ actor }) => listAlliances(ctx, { actor }));
  registerEndpoint(app, 'createAlliance', async ({ actor, body }) =>
    createAlliance(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'getAlliance', async ({ actor, params }) =>
    getAlliance(ctx, { actor, allianceId: params.id }),
  );
  registerEndpoint(app, 'addAllianceMember', async ({ actor, params, body }) =>
    addAllianceMember(ctx, { actor, allianceId: params.id, input: body }),
  );
  registerEndpoint(app, 'removeAllianceMember', async ({ actor, params, body }) =>
    removeAllianceMember(ctx, {
      actor,
      allianceId: params.id,
      memberId: params.memberId,
      leftOn: body.leftOn,
    }),
  );
  registerEndpoint(app, 'recordAllianceAward', async ({ actor, params, body }) =>
    recordAllianceAward(ctx, {
      actor,
      allianceId: params.id,
      memberId: params.memberId,
      input: body,
    }),
  );
  registerEndpoint(app, 'listOwnAllianceEntries', async ({ actor }) =>
    listOwnAllianceEntries(ctx, { actor }),
  );
  registerEndpoint(app, 'updateAllianceEntry', async ({ actor, params, body }) =>
    updateAllianceEntry(ctx, {
      actor,
      allianceId: params.id,
      memberId: params.memberId,
      input: body,
    }),
  );
  registerEndpoint(app, 'signAllianceDeclaration', async ({ actor, params, body }) =>
    signAllianceDeclaration(ctx, {
      actor,
      allianceId: params.id,
      memberId: params.memberId,
      input: body,
    }),
  );
}
