import { defineEndpoint } from '../endpoint.ts';
import { ZCrisisInbox } from '../crisis.ts';

export const crisisEndpoints = {
  listCrisisInbox: defineEndpoint({
    method: 'GET',
    path: '/api/care/crisis-inbox',
    summary:
      'Consultations with an unacknowledged risk flag, most severe then longest waiting first (supervisors: all; coordinators: their own and waiting ones)',
    access: 'session',
    response: ZCrisisInbox,
  }),
} as const;
