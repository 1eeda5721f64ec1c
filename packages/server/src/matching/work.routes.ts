import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  getPublicWorkOpening,
  listProgrammeOpenings,
  listPublicWorkOpenings,
  postWorkOpening,
} from './openings.service.ts';
import {
  closeWorkOpening,
  readEditableWorkOpening,
  editWorkOpening,
  listCompanyWorkOpenings,
} from './opening-edits.service.ts';
import {
  answerIntroduction,
  listCompanyIntroductions,
  listMyIntroductions,
  listProgrammeIntroductions,
  proposeIntroduction,
  recordFollowUp,
  recordIntroductionStep,
} from './introductions.service.ts';
import {
  proposeTeam,
  suggestOpeningsForPerson,
  suggestPeopleForOpening,
} from './matching.service.ts';
import { getProgrammeFigures } from './figures.service.ts';
import { getParticipant, listMyHearings, recordHearing } from './hearings.service.ts';
import { getMyWorkProfile, saveMyWorkProfile } from './participation.service.ts';
import {
  inviteProgrammeStaff,
  listOwnWorkProgrammes,
  listProgrammeParticipants,
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
  registerEndpoint(app, 'getPublicWorkOpening', async ({ params }) =>
    getPublicWorkOpening(ctx, { code: params.code, openingId: params.id }),
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
  registerEndpoint(app, 'updateWorkOpening', async ({ actor, params, body }) =>
    editWorkOpening(ctx, { actor, openingId: params.id, input: body }),
  );
  registerEndpoint(app, 'getEditableWorkOpening', async ({ actor, params }) =>
    readEditableWorkOpening(ctx, { actor, openingId: params.id }),
  );
  registerEndpoint(app, 'closeWorkOpening', async ({ actor, params }) =>
    closeWorkOpening(ctx, { actor, openingId: params.id }),
  );
  registerEndpoint(app, 'listCompanyWorkOpenings', async ({ actor }) =>
    listCompanyWorkOpenings(ctx, { actor }),
  );

  registerWorkIntroductionRoutes(app, ctx);
}

function registerWorkIntroductionRoutes(app: FastifyInstance, ctx: AppContext) {
  const tenant = (actor: { municipalityId: string | null }) => actor.municipalityId ?? '';
  registerEndpoint(app, 'listProgrammeParticipants', async ({ actor, params }) => ({
    items: await listProgrammeParticipants(ctx, { actor, programmeId: params.id }),
  }));
  registerEndpoint(app, 'listProgrammeOpenings', async ({ actor, params }) => ({
    items: await listProgrammeOpenings(ctx, { actor, programmeId: params.id }),
  }));
  registerEndpoint(app, 'suggestOpeningsForParticipant', async ({ actor, params, query }) => ({
    items: await suggestOpeningsForPerson(ctx, {
      actor,
      municipalityId: tenant(actor),
      personId: params.id,
      limit: query.limit,
    }),
  }));
  registerEndpoint(app, 'suggestParticipantsForOpening', async ({ actor, params, query }) => ({
    items: await suggestPeopleForOpening(ctx, {
      actor,
      municipalityId: tenant(actor),
      openingId: params.id,
      limit: query.limit,
    }),
  }));
  registerEndpoint(app, 'proposeWorkTeam', async ({ actor, params, body }) =>
    proposeTeam(ctx, {
      actor,
      municipalityId: tenant(actor),
      openingId: params.id,
      size: body.size,
    }),
  );
  registerEndpoint(app, 'proposeWorkIntroduction', async ({ actor, body }) =>
    proposeIntroduction(ctx, { actor, ...body }),
  );
  registerEndpoint(app, 'listWorkIntroductions', async ({ actor, params }) => ({
    items: await listProgrammeIntroductions(ctx, { actor, programmeId: params.id }),
  }));
  registerEndpoint(app, 'recordWorkIntroductionStep', async ({ actor, params, body }) =>
    recordIntroductionStep(ctx, { actor, id: params.id, ...body }),
  );
  registerEndpoint(app, 'recordWorkFollowUp', async ({ actor, params, body }) =>
    recordFollowUp(ctx, { actor, id: params.id, ...body }),
  );
  registerEndpoint(app, 'listMyWorkIntroductions', async ({ actor }) => ({
    items: await listMyIntroductions(ctx, { actor }),
  }));
  registerEndpoint(app, 'answerWorkIntroduction', async ({ actor, params, body }) => ({
    items: await answerIntroduction(ctx, { actor, id: params.id, accept: body.accept }),
  }));
  registerEndpoint(app, 'getWorkParticipant', async ({ actor, params }) =>
    getParticipant(ctx, { actor, profileId: params.id }),
  );
  registerEndpoint(app, 'recordWorkHearing', async ({ actor, params, body }) =>
    recordHearing(ctx, { actor, profileId: params.id, input: body }),
  );
  registerEndpoint(app, 'listMyWorkHearings', async ({ actor }) => ({
    items: await listMyHearings(ctx, { actor }),
  }));
  registerEndpoint(app, 'getWorkProgrammeFigures', async ({ actor, params, query }) =>
    getProgrammeFigures(ctx, { actor, programmeId: params.id, fiscalYear: query.fiscalYear }),
  );
  registerEndpoint(app, 'listCompanyIntroductions', async ({ actor }) => ({
    items: await listCompanyIntroductions(ctx, { actor }),
  }));
}
