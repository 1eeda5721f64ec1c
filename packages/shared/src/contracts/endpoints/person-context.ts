import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import { ZPersonContext } from '../person-context.ts';

export const personContextEndpoints = {
  getPersonContext: defineEndpoint({
    method: 'GET',
    path: '/api/consultations/:id/person-context',
    summary:
      'The person beside the conversation: what they shared, earlier consultations as coded, open referrals, appointments, risk history (assigned coordinator or supervisor)',
    access: 'session',
    params: ZIdParams,
    response: ZPersonContext,
  }),
} as const;
