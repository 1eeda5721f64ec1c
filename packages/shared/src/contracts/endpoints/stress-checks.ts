import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZMyStressCheck,
  ZOpenStressCheck,
  ZSaveStressCheckAnswers,
  ZStressCheckGroupAnalysis,
  ZStressCheckPeriod,
  ZStressCheckPeriodList,
} from '../stress-checks.ts';

export const stressCheckEndpoints = {
  listStressChecks: defineEndpoint({
    method: 'GET',
    path: '/api/stress-checks',
    summary:
      'Stress-check periods of one’s organisation (employer admin: to manage; worker: to answer)',
    access: 'session',
    response: ZStressCheckPeriodList,
  }),
  openStressCheck: defineEndpoint({
    method: 'POST',
    path: '/api/stress-checks',
    summary: 'Open a stress-check period for one’s organisation (employer admin)',
    access: 'session',
    body: ZOpenStressCheck,
    response: ZStressCheckPeriod,
  }),
  getMyStressCheck: defineEndpoint({
    method: 'GET',
    path: '/api/stress-checks/:id/mine',
    summary: 'The worker’s own answers so far and, once complete, their own result (worker only)',
    access: 'session',
    params: ZIdParams,
    response: ZMyStressCheck,
  }),
  saveMyStressCheck: defineEndpoint({
    method: 'PUT',
    path: '/api/stress-checks/:id/mine',
    summary: 'Save answers (to resume later) or submit them for scoring (worker only)',
    access: 'session',
    params: ZIdParams,
    body: ZSaveStressCheckAnswers,
    response: ZMyStressCheck,
  }),
  requestStressCheckInterview: defineEndpoint({
    method: 'POST',
    path: '/api/stress-checks/:id/mine/interview',
    summary: 'Ask for the 医師による面接指導 after a high-stress result (worker only)',
    access: 'session',
    params: ZIdParams,
    response: ZMyStressCheck,
  }),
  getStressCheckGroupAnalysis: defineEndpoint({
    method: 'GET',
    path: '/api/stress-checks/:id/group-analysis',
    summary:
      'The group analysis (集団分析) under disclosure control, k ≥ 10 (employer admin of the organisation, city staff)',
    access: 'session',
    params: ZIdParams,
    response: ZStressCheckGroupAnalysis,
  }),
} as const;
