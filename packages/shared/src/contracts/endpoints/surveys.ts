import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams, ZOk } from '../common.ts';
import { ZAnswerSurvey, ZCreateSurvey, ZSurvey, ZSurveyList, ZSurveyResults } from '../surveys.ts';

export const surveyEndpoints = {
  listSurveys: defineEndpoint({
    method: 'GET',
    path: '/api/surveys',
    summary:
      'Pulse surveys: all of the municipality (city staff), those of one’s organisation (employer admin), open ones to answer (worker)',
    access: 'session',
    response: ZSurveyList,
  }),
  createSurvey: defineEndpoint({
    method: 'POST',
    path: '/api/surveys',
    summary:
      'Create an anonymous pulse survey (city staff; employer admin for their own organisation)',
    access: 'session',
    body: ZCreateSurvey,
    response: ZSurvey,
  }),
  getSurvey: defineEndpoint({
    method: 'GET',
    path: '/api/surveys/:id',
    summary: 'One survey with its questions',
    access: 'session',
    params: ZIdParams,
    response: ZSurvey,
  }),
  answerSurvey: defineEndpoint({
    method: 'POST',
    path: '/api/surveys/:id/answers',
    summary:
      'Answer an open survey, once; stored without who answered (worker of a target organisation)',
    access: 'session',
    params: ZIdParams,
    body: ZAnswerSurvey,
    response: ZOk,
  }),
  getSurveyResults: defineEndpoint({
    method: 'GET',
    path: '/api/surveys/:id/results',
    summary: 'Results under disclosure control (city staff; employer admin: own organisation only)',
    access: 'session',
    params: ZIdParams,
    response: ZSurveyResults,
  }),
} as const;
