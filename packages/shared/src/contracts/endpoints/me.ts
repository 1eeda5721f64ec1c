import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZDeletionRequest,
  ZDeletionResponse,
  ZFamilyCode,
  ZFamilyCodeList,
  ZMyDataExport,
  ZMySessionList,
  ZUpdateProfileRequest,
} from '../me.ts';
import { ZSessionResponse } from '../session.ts';

export const meEndpoints = {
  updateProfile: defineEndpoint({
    method: 'PATCH',
    path: '/api/me',
    summary: 'Change display name, nickname or language',
    access: 'session',
    body: ZUpdateProfileRequest,
    response: ZSessionResponse,
  }),
  exportMyData: defineEndpoint({
    method: 'GET',
    path: '/api/me/export',
    summary: 'Download all of one’s own data as JSON',
    access: 'session',
    response: ZMyDataExport,
  }),
  requestDeletion: defineEndpoint({
    method: 'POST',
    path: '/api/me/deletion-request',
    summary: 'Ask for one’s account and data to be deleted',
    access: 'session',
    body: ZDeletionRequest,
    response: ZDeletionResponse,
  }),
  listMySessions: defineEndpoint({
    method: 'GET',
    path: '/api/me/sessions',
    summary: 'Devices signed in to this account',
    access: 'session',
    response: ZMySessionList,
  }),
  listFamilyCodes: defineEndpoint({
    method: 'GET',
    path: '/api/me/family-codes',
    summary: 'Codes a worker made for family members',
    access: 'session',
    response: ZFamilyCodeList,
  }),
  createFamilyCode: defineEndpoint({
    method: 'POST',
    path: '/api/me/family-codes',
    summary: 'Make a one-time code for a family member to enrol',
    access: 'session',
    response: ZFamilyCode,
  }),
  revokeFamilyCode: defineEndpoint({
    method: 'POST',
    path: '/api/me/family-codes/:id/revoke',
    summary: 'Revoke an unused family code',
    access: 'session',
    params: ZIdParams,
    response: ZFamilyCode,
  }),
} as const;
