import { defineEndpoint } from '../endpoint.ts';
import { ZConsentStatusResponse, ZGrantConsentRequest } from '../consent.ts';

export const consentEndpoints = {
  getConsent: defineEndpoint({
    method: 'GET',
    path: '/api/consent',
    summary: 'The current consent text and the person’s consent history',
    access: 'session',
    response: ZConsentStatusResponse,
  }),
  grantConsent: defineEndpoint({
    method: 'POST',
    path: '/api/consent',
    summary: 'Agree to a consent version',
    access: 'session',
    body: ZGrantConsentRequest,
    response: ZConsentStatusResponse,
  }),
  withdrawConsent: defineEndpoint({
    method: 'POST',
    path: '/api/consent/withdraw',
    summary: 'Withdraw consent',
    access: 'session',
    response: ZConsentStatusResponse,
  }),
} as const;
