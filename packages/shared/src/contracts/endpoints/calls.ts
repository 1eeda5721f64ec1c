import { defineEndpoint } from '../endpoint.ts';
import { ZCurrentCall, ZIceConfig } from '../calls.ts';
import { ZIdParams } from '../common.ts';

export const callEndpoints = {
  getIceConfig: defineEndpoint({
    method: 'GET',
    path: '/api/calls/ice-config',
    summary: 'STUN and TURN servers for a call, with short-lived TURN credentials',
    access: 'session',
    response: ZIceConfig,
  }),
  getCurrentCall: defineEndpoint({
    method: 'GET',
    path: '/api/consultations/:id/call',
    summary: 'The call ringing or running in a consultation, if any (its two parties)',
    access: 'session',
    params: ZIdParams,
    response: ZCurrentCall,
  }),
} as const;
