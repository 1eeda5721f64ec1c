import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import { ZCrisisInbox } from '../crisis.ts';

export const crisisEndpoints = {
  listCrisisInbox: defineEndpoint({
    method: 'GET',
    path: '/api/care/crisis-inbox',
    summary:
      'Open consultations with a risk flag not yet assessed, most severe then longest waiting first (supervisors: all; coordinators: their own and waiting ones)',
    access: 'session',
    response: ZCrisisInbox,
  }),
  acknowledgeCrisis: defineEndpoint({
    method: 'POST',
    path: '/api/care/crisis-inbox/:id/acknowledge',
    summary:
      'Acknowledge a consultation’s risk alert: seen and taken on (supervisor or the coordinator holding it); the assessment comes after',
    access: 'session',
    params: ZIdParams,
    response: ZCrisisInbox,
  }),
} as const;
