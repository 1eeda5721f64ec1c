import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams, ZOk } from '../common.ts';
import { ZCoverage, ZCreateShiftRequest, ZShift, ZShiftList, ZShiftRangeQuery } from '../roster.ts';

export const rosterEndpoints = {
  listShifts: defineEndpoint({
    method: 'GET',
    path: '/api/roster/shifts',
    summary: 'Shifts of the care team in a period (care team)',
    access: 'session',
    query: ZShiftRangeQuery,
    response: ZShiftList,
  }),
  createShift: defineEndpoint({
    method: 'POST',
    path: '/api/roster/shifts',
    summary: 'Plan a shift for a coordinator or supervisor (supervisor)',
    access: 'session',
    body: ZCreateShiftRequest,
    response: ZShift,
  }),
  deleteShift: defineEndpoint({
    method: 'DELETE',
    path: '/api/roster/shifts/:id',
    summary: 'Remove a planned shift (supervisor)',
    access: 'session',
    params: ZIdParams,
    response: ZOk,
  }),
  getCoverage: defineEndpoint({
    method: 'GET',
    path: '/api/roster/coverage',
    summary: 'People on duty or on call per hour, with hours below two flagged (care team)',
    access: 'session',
    query: ZShiftRangeQuery,
    response: ZCoverage,
  }),
} as const;
