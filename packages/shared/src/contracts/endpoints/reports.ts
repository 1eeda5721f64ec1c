import { defineEndpoint } from '../endpoint.ts';
import { ZIdParams } from '../common.ts';
import {
  ZApproveReport,
  ZCreateReport,
  ZReport,
  ZReportList,
  ZReportPdf,
  ZReturnReport,
  ZUpdateReportDraft,
} from '../reports.ts';

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
  updateReportDraft: defineEndpoint({
    method: 'PUT',
    path: '/api/reports/:id/draft',
    summary:
      'Edit the draft (title, summary, findings citing its tables, proposals, own text) on the revision read; an approved draft becomes a new revision to approve (city staff)',
    access: 'session',
    params: ZIdParams,
    body: ZUpdateReportDraft,
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
    summary:
      'Approve the submitted revision one read, with an optional comment (a supervisor other than the author)',
    access: 'session',
    params: ZIdParams,
    body: ZApproveReport,
    response: ZReport,
  }),
  returnReport: defineEndpoint({
    method: 'POST',
    path: '/api/reports/:id/return',
    summary: 'Return a submitted report to its drafters with a comment (a supervisor)',
    access: 'session',
    params: ZIdParams,
    body: ZReturnReport,
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
