import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import { ZCreateReport, ZReport, ZReportList, ZReportPdf } from '../reports.ts';

export const reportEndpoints = {
  listReports: defineEndpoint({
    method: 'GET',
    path: '/api/reports',
    summary:
      'Reports: all of the municipality (city staff, supervisors), published ones for one’s organisation (employer admin)',
    access: 'session',
    response: ZReportList,
  }),
  createReport: defineEndpoint({
    method: 'POST',
    path: '/api/reports',
    summary:
      'Draft a policy or workplace-improvement report from protected statistics and the practice library (city staff)',
    access: 'session',
    body: ZCreateReport,
    response: ZReport,
  }),
  getReport: defineEndpoint({
    method: 'GET',
    path: '/api/reports/:id',
    summary: 'One report',
    access: 'session',
    params: ZIdParams,
    response: ZReport,
  }),
  submitReport: defineEndpoint({
    method: 'POST',
    path: '/api/reports/:id/submit',
    summary: 'Submit a draft for review (its author)',
    access: 'session',
    params: ZIdParams,
    response: ZReport,
  }),
  approveReport: defineEndpoint({
    method: 'POST',
    path: '/api/reports/:id/approve',
    summary: 'Approve a submitted report (a supervisor other than the author)',
    access: 'session',
    params: ZIdParams,
    response: ZReport,
  }),
  publishReport: defineEndpoint({
    method: 'POST',
    path: '/api/reports/:id/publish',
    summary:
      'Publish an approved report to its audience, recorded in the release ledger (city staff)',
    access: 'session',
    params: ZIdParams,
    response: ZReport,
  }),
  getReportPdf: defineEndpoint({
    method: 'GET',
    path: '/api/reports/:id/pdf',
    summary: 'The report as a PDF with Japanese fonts',
    access: 'session',
    params: ZIdParams,
    response: ZReportPdf,
  }),
} as const;
