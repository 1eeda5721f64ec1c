import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import { ZPublicMunicipalityParams } from '../events.ts';
import {
  ZMoveRecruit,
  ZRecruit,
  ZRecruitingPage,
  ZRecruitInterestReceived,
  ZRecruitInterestRequest,
  ZRecruitPool,
  ZVerifyRecruitLicence,
} from '../care-recruits.ts';

const publicBase = '/api/public/municipalities/:code';

export const careRecruitEndpoints = {
  getRecruitingPage: defineEndpoint({
    method: 'GET',
    path: `${publicBase}/care-team/recruiting`,
    summary: 'The public page inviting licensed residents to join the care team',
    access: 'public',
    params: ZPublicMunicipalityParams,
    response: ZRecruitingPage,
  }),
  registerRecruitInterest: defineEndpoint({
    method: 'POST',
    path: `${publicBase}/care-team/interest`,
    summary: 'A licensed resident registers interest in becoming a wellness coordinator',
    access: 'public',
    params: ZPublicMunicipalityParams,
    body: ZRecruitInterestRequest,
    response: ZRecruitInterestReceived,
  }),
  listRecruits: defineEndpoint({
    method: 'GET',
    path: '/api/care-recruits',
    summary: 'The pool of licensed residents, with their fit to the uncovered hours (staff)',
    access: 'session',
    response: ZRecruitPool,
  }),
  moveRecruit: defineEndpoint({
    method: 'POST',
    path: '/api/care-recruits/:id/stage',
    summary: 'Record the next step of a recruit’s path (interview, training, certified, roster)',
    access: 'session',
    params: ZIdParams,
    body: ZMoveRecruit,
    response: ZRecruit,
  }),
  verifyRecruitLicence: defineEndpoint({
    method: 'POST',
    path: '/api/care-recruits/:id/licence-verification',
    summary: 'A supervisor records that the recruit’s licence was checked against the register',
    access: 'session',
    params: ZIdParams,
    body: ZVerifyRecruitLicence,
    response: ZRecruit,
  }),
} as const;
