import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZLegalHold,
  ZPlaceLegalHoldRequest,
  ZRetentionSettings,
  ZUpdateRetentionSettingsRequest,
} from '../retention.ts';

export const retentionEndpoints = {
  getRetentionSettings: defineEndpoint({
    method: 'GET',
    path: '/api/retention/settings',
    summary: 'How long each kind of record is kept in the municipality (city staff, supervisors)',
    access: 'session',
    response: ZRetentionSettings,
  }),
  updateRetentionSettings: defineEndpoint({
    method: 'PATCH',
    path: '/api/retention/settings',
    summary: 'Change retention periods (city staff; never below a kind’s minimum; audited)',
    access: 'session',
    body: ZUpdateRetentionSettingsRequest,
    response: ZRetentionSettings,
  }),
  getLegalHold: defineEndpoint({
    method: 'GET',
    path: '/api/consultations/:id/legal-hold',
    summary: 'Whether a consultation is under a legal hold, and why (the care team)',
    access: 'session',
    params: ZIdParams,
    response: ZLegalHold,
  }),
  placeLegalHold: defineEndpoint({
    method: 'PUT',
    path: '/api/consultations/:id/legal-hold',
    summary: 'Suspend erasure of a consultation, with a reason (supervisors; audited)',
    access: 'session',
    params: ZIdParams,
    body: ZPlaceLegalHoldRequest,
    response: ZLegalHold,
  }),
  liftLegalHold: defineEndpoint({
    method: 'DELETE',
    path: '/api/consultations/:id/legal-hold',
    summary: 'Lift a legal hold (supervisors; audited)',
    access: 'session',
    params: ZIdParams,
    response: ZLegalHold,
  }),
} as const;
