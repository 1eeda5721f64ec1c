import { z } from 'zod';
import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import { ZSignUpRequested } from '../session.ts';
import { ZStaffInvitation } from '../staff.ts';
import { ZPublicMunicipalityParams } from '../events.ts';
import {
  ZCreateWorkProgramme,
  ZInviteProgrammeStaff,
  ZMyWorkProfile,
  ZMyWorkProfileInput,
  ZParticipantSignUpRequest,
  ZPostWorkOpening,
  ZPublicProgrammeParams,
  ZPublicWorkOpening,
  ZPublicWorkOpeningList,
  ZWorkProgramme,
  ZWorkProgrammeList,
} from '../work.ts';

const publicBase = '/api/public/municipalities/:code';

export const workEndpoints = {
  listPublicWorkProgrammes: defineEndpoint({
    method: 'GET',
    path: `${publicBase}/work/programmes`,
    summary: 'The municipality’s back-to-work programmes and their skills lists',
    access: 'public',
    params: ZPublicMunicipalityParams,
    response: ZWorkProgrammeList,
  }),
  requestParticipantSignUp: defineEndpoint({
    method: 'POST',
    path: `${publicBase}/work/programmes/:id/sign-up`,
    summary: 'A resident signs up for a programme without an invite code (mailed link)',
    access: 'public',
    params: ZPublicProgrammeParams,
    body: ZParticipantSignUpRequest,
    response: ZSignUpRequested,
  }),
  listPublicWorkOpenings: defineEndpoint({
    method: 'GET',
    path: `${publicBase}/work/openings`,
    summary: 'Open jobs and projects with schema.org JobPosting JSON-LD',
    access: 'public',
    params: ZPublicMunicipalityParams,
    response: ZPublicWorkOpeningList,
  }),
  listWorkProgrammes: defineEndpoint({
    method: 'GET',
    path: '/api/work/programmes',
    summary: 'The own municipality’s back-to-work programmes and skills lists (signed in)',
    access: 'session',
    response: ZWorkProgrammeList,
  }),
  createWorkProgramme: defineEndpoint({
    method: 'POST',
    path: '/api/work/programmes',
    summary: 'Start a back-to-work programme with its skills list (city staff)',
    access: 'session',
    body: ZCreateWorkProgramme,
    response: ZWorkProgramme,
  }),
  inviteProgrammeStaff: defineEndpoint({
    method: 'POST',
    path: '/api/work/programmes/:id/staff',
    summary: 'Invite a staff account bound to one programme (city staff)',
    access: 'session',
    params: ZIdParams,
    body: ZInviteProgrammeStaff,
    response: ZStaffInvitation,
  }),
  getMyWorkProfile: defineEndpoint({
    method: 'GET',
    path: '/api/work/me/profile',
    summary: 'One’s own back-to-work profile, if one has joined (participant, worker)',
    access: 'session',
    response: ZMyWorkProfile,
  }),
  saveMyWorkProfile: defineEndpoint({
    method: 'PUT',
    path: '/api/work/me/profile',
    summary: 'Join a programme or update one’s own profile (participant, worker)',
    access: 'session',
    body: ZMyWorkProfileInput,
    response: ZMyWorkProfile,
  }),
  postWorkOpening: defineEndpoint({
    method: 'POST',
    path: '/api/work/openings',
    summary: 'Post a job or project (a company’s admin for its company, programme staff)',
    access: 'session',
    body: ZPostWorkOpening,
    response: z.object({ opening: ZPublicWorkOpening }),
  }),
} as const;
