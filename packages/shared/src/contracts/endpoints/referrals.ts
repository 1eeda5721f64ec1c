import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZAddReferral,
  ZCreateReferralResource,
  ZReferral,
  ZReferralList,
  ZReferralResource,
  ZReferralResourceList,
  ZReferralTargetList,
  ZReferralTargetQuery,
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
    summary: 'Referrals made in a consultation (care team, and the person who consults)',
    access: 'session',
    params: ZIdParams,
    response: ZReferralList,
  }),
  addReferral: defineEndpoint({
    method: 'POST',
    path: '/api/consultations/:id/referrals',
    summary: 'Propose a referral to a resource, childcare facility or event (care team)',
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
  agreeToReferral: defineEndpoint({
    method: 'POST',
    path: '/api/referrals/:id/agree',
    summary: 'The person agrees to a referral to a work programme (the programme hears of it)',
    access: 'session',
    params: ZIdParams,
    response: ZReferral,
  }),
  listOpenReferrals: defineEndpoint({
    method: 'GET',
    path: '/api/referrals/open',
    summary: 'Referrals still to follow up on one’s consultations (care team)',
    access: 'session',
    response: ZReferralList,
  }),
  searchReferralTargets: defineEndpoint({
    method: 'GET',
    path: '/api/referral-targets',
    summary:
      'Directory resources, childcare facilities and upcoming events to refer to (care team)',
    access: 'session',
    query: ZReferralTargetQuery,
    response: ZReferralTargetList,
  }),
} as const;
