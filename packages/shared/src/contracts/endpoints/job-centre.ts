import { z } from 'zod';
import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZJobCentre,
  ZJobCentreOpening,
  ZPostNurseryOpening,
  ZRecordStaffShortage,
  ZStaffShortage,
} from '../job-centre.ts';

export const jobCentreEndpoints = {
  getJobCentre: defineEndpoint({
    method: 'GET',
    path: '/api/job-centre/programmes/:id',
    summary: 'The job centre: figures, nurseries short of staff first, openings, seekers (staff)',
    access: 'session',
    params: ZIdParams,
    response: ZJobCentre,
  }),
  recordStaffShortage: defineEndpoint({
    method: 'PUT',
    path: '/api/job-centre/facilities/:id/staff-shortage',
    summary: 'Flag a nursery short of staff for a month (its facility staff or the centre)',
    access: 'session',
    params: ZIdParams,
    body: ZRecordStaffShortage,
    response: ZStaffShortage,
  }),
  postNurseryOpening: defineEndpoint({
    method: 'POST',
    path: '/api/job-centre/facilities/:id/openings',
    summary: 'Post a nursery’s opening to the job centre (its facility staff or the centre)',
    access: 'session',
    params: ZIdParams,
    body: ZPostNurseryOpening,
    response: z.object({ opening: ZJobCentreOpening }),
  }),
} as const;
