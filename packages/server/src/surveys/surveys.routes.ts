import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { answerSurvey, createSurvey, getSurvey, listSurveys } from './surveys.service.ts';
import { getSurveyResults } from './survey-results.service.ts';

export function registerSurveyRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listSurveys', async ({ actor }) => ({
    items: await listSurveys(ctx, { actor }),
  }));
  registerEndpoint(app, 'createSurvey', async ({ actor, body }) =>
    createSurvey(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'getSurvey', async ({ actor, params }) =>
    getSurvey(ctx, { actor, surveyId: params.id }),
  );
  registerEndpoint(app, 'answerSurvey', async ({ actor, params, body }) =>
    answerSurvey(ctx, { actor, surveyId: params.id, input: body }),
  );
  registerEndpoint(app, 'getSurveyResults', async ({ actor, params }) =>
    getSurveyResults(ctx, { actor, surveyId: params.id }),
  );
}
