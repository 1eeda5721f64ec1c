import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZAddReferral,
  ZCreateReferralResource,
  ZReferral,
  ZReferralList,
  ZReferralResource,
  ZReferralResourceList,
  ZUpdateReferral,
} from '../referrals.ts';

export const referralEndpoints = {
  listReferralResources: defineEndpoint({
    method: 'GET',
    path: '/api/referral-resources',
    summary: 'Local resources people can be referred to (care team)',
    access: 'session',
    response: ZReferralResourceList,
  }),
  createReferralResource: defineEndpoint({
    method: 'POST',
    path: '/api/referral-resources',
    summary: 'Add a local resource to the directory (supervisor)',
    access: 'session',
    body: ZCreateReferralResource,
    response: ZReferralResource,
  }),
  listReferrals: defineEndpoint({
    method: 'GET',
    path: '/api/consultations/:id/referrals',
    summary: 'Referrals made in a consultation (care team)',
    access: 'session',
    params: ZIdParams,
    response: ZReferralList,
  }),
  addReferral: defineEndpoint({
    method: 'POST',
    path: '/api/consultations/:id/referrals',
    summary: 'Propose a referral to a local resource (care team)',
    access: 'session',
    params: ZIdParams,
    body: ZAddReferral,
    response: ZReferral,
  }),
  updateReferral: defineEndpoint({
    method: 'PATCH',
    path: '/api/referrals/:id',
    summary: 'Follow a referral up: contacted, connected, closed (care team)',
    access: 'session',
    params: ZIdParams,
    body: ZUpdateReferral,
    response: ZReferral,
  }),
  listOpenReferrals: defineEndpoint({
    method: 'GET',
    path: '/api/referrals/open',
    summary: 'Referrals still to follow up on one’s consultations (care team)',
    access: 'session',
    response: ZReferralList,
  }),
} as const;
