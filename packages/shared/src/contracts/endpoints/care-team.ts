import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZCareTeamList,
  ZCareTeamMember,
  ZChangeRoleRequest,
  ZCreateCareTeamMemberRequest,
  ZSetLicenceVerificationRequest,
  ZStaffInvitation,
} from '../staff.ts';

export const careTeamEndpoints = {
  listCareTeam: defineEndpoint({
    method: 'GET',
    path: '/api/care-team',
    summary: 'Coordinators and supervisors of the municipality',
    access: 'session',
    response: ZCareTeamList,
  }),
  createCareTeamMember: defineEndpoint({
    method: 'POST',
    path: '/api/care-team',
    summary: 'Create a coordinator or supervisor account with their licence',
    access: 'session',
    body: ZCreateCareTeamMemberRequest,
    response: ZStaffInvitation,
  }),
  setLicenceVerification: defineEndpoint({
    method: 'POST',
    path: '/api/care-team/:id/licence-verification',
    summary: 'Record that a licence was checked (or rejected)',
    access: 'session',
    params: ZIdParams,
    body: ZSetLicenceVerificationRequest,
    response: ZCareTeamMember,
  }),
  changeCareTeamRole: defineEndpoint({
    method: 'POST',
    path: '/api/care-team/:id/role',
    summary: 'Make a coordinator a supervisor or back',
    access: 'session',
    params: ZIdParams,
    body: ZChangeRoleRequest,
    response: ZCareTeamMember,
  }),
  resetCareTeamMemberAccess: defineEndpoint({
    method: 'POST',
    path: '/api/care-team/:id/reset-access',
    summary: 'Clear the password and second factor of a member; a new activation link',
    access: 'session',
    params: ZIdParams,
    response: ZStaffInvitation,
  }),
} as const;
