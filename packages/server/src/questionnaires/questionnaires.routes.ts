import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  answerQuestionnaire,
  listConsultationQuestionnaires,
  listTranslationPermissions,
  recordTranslationPermission,
  sendQuestionnaire,
} from './questionnaires.service.ts';

export function registerQuestionnaireRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listConsultationQuestionnaires', async ({ actor, params }) => ({
    items: await listConsultationQuestionnaires(ctx, { actor, consultationId: params.id }),
  }));
  registerEndpoint(app, 'sendQuestionnaire', async ({ actor, params, body }) =>
    sendQuestionnaire(ctx, { actor, consultationId: params.id, kind: body.kind }),
  );
  registerEndpoint(app, 'answerQuestionnaire', async ({ actor, params, body }) =>
    answerQuestionnaire(ctx, { actor, consultationId: params.id, input: body }),
  );
  registerEndpoint(app, 'listTranslationPermissions', async ({ actor }) => ({
    items: await listTranslationPermissions(ctx, { actor }),
  }));
  registerEndpoint(app, 'recordTranslationPermission', async ({ actor, body }) =>
    recordTranslationPermission(ctx, { actor, input: body }),
  );
}
