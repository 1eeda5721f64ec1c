import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZAnswerQuestionnaire,
  ZQuestionnaireResponse,
  ZQuestionnaireResponseList,
  ZRecordTranslationPermission,
  ZSendQuestionnaire,
  ZTranslationPermission,
  ZTranslationPermissionList,
} from '../questionnaires.ts';

export const questionnaireEndpoints = {
  listConsultationQuestionnaires: defineEndpoint({
    method: 'GET',
    path: '/api/consultations/:id/questionnaires',
    summary:
      'Questionnaires sent and answered in a consultation, with score, band and driving items (its parties)',
    access: 'session',
    params: ZIdParams,
    response: ZQuestionnaireResponseList,
  }),
  sendQuestionnaire: defineEndpoint({
    method: 'POST',
    path: '/api/consultations/:id/questionnaires',
    summary: 'Send the person a questionnaire to answer (the care team of the consultation)',
    access: 'session',
    params: ZIdParams,
    body: ZSendQuestionnaire,
    response: ZQuestionnaireResponse,
  }),
  answerQuestionnaire: defineEndpoint({
    method: 'POST',
    path: '/api/consultations/:id/questionnaires/answers',
    summary:
      'Answer a questionnaire in one’s consultation; a high score flags it for the care team (the person)',
    access: 'session',
    params: ZIdParams,
    body: ZAnswerQuestionnaire,
    response: ZQuestionnaireResponse,
  }),
  listTranslationPermissions: defineEndpoint({
    method: 'GET',
    path: '/api/municipality/questionnaire-permissions',
    summary: 'Recorded permissions for licensed questionnaire translations (city staff)',
    access: 'session',
    response: ZTranslationPermissionList,
  }),
  recordTranslationPermission: defineEndpoint({
    method: 'PUT',
    path: '/api/municipality/questionnaire-permissions',
    summary:
      'Record the translator’s permission for the Japanese PHQ-9 or GAD-7: who, when, reference (city staff)',
    access: 'session',
    body: ZRecordTranslationPermission,
    response: ZTranslationPermission,
  }),
} as const;
