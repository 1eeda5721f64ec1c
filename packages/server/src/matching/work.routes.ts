import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { postWorkOpening, listPublicWorkOpenings } from './openings.service.ts';
import { getMyWorkProfile, saveMyWorkProfile } from './participation.service.ts';
import {
  inviteProgrammeStaff,
  listOwnWorkProgrammes,
  listPublicWorkProgrammes,
  requestParticipantSignUp,
  startWorkProgramme,
} from './programmes.service.ts';

export function registerWorkRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listPublicWorkProgrammes', async ({ params }) => ({
    items: await listPublicWorkProgrammes(ctx, { code: params.code }),
  }));
  registerEndpoint(
    app,
    'requestParticipantSignUp',
    async ({ params, body, request }) =>
      requestParticipantSignUp(ctx, {
        ...body,
        code: params.code,
        programmeId: params.id,
        onError: (error) => request.log.error({ err: error }, 'sign-up mail failed'),
      }),
    { rateLimited: true },
  );
  registerEndpoint(app, 'listPublicWorkOpenings', async ({ params }) =>
    listPublicWorkOpenings(ctx, { code: params.code }),
  );
  registerEndpoint(app, 'listWorkProgrammes', async ({ actor }) => ({
    items: await listOwnWorkProgrammes(ctx, { actor }),
  }));
  registerEndpoint(app, 'createWorkProgramme', async ({ actor, body }) =>
    startWorkProgramme(ctx, { actor, ...body }),
  );
  registerEndpoint(app, 'inviteProgrammeStaff', async ({ actor, params, body }) =>
    inviteProgrammeStaff(ctx, { actor, programmeId: params.id, ...body }),
  );
  registerEndpoint(app, 'getMyWorkProfile', async ({ actor }) => ({
    profile: await getMyWorkProfile(ctx, { actor }),
  }));
  registerEndpoint(app, 'saveMyWorkProfile', async ({ actor, body }) => ({
    profile: await saveMyWorkProfile(ctx, { actor, input: body }),
  }));
  registerEndpoint(app, 'postWorkOpening', async ({ actor, body }) => ({
    opening: await postWorkOpening(ctx, { actor, input: body }),
  }));
}
