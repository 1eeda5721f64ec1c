import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { updateReportDraft } from './report-draft.service.ts';
import { approveReport, returnReport, submitReport } from './report-review.service.ts';
import {
  createReport,
  getReport,
  getReportPdf,
  listReports,
  publishReport,
} from './reports.service.ts';

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listReports', async ({ actor }) => ({
    items: await listReports(ctx, { actor }),
  }));
  registerEndpoint(app, 'createReport', async ({ actor, body }) =>
    createReport(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'getReport', async ({ actor, params }) =>
    getReport(ctx, { actor, id: params.id }),
  );
  registerEndpoint(app, 'updateReportDraft', async ({ actor, params, body }) =>
    updateReportDraft(ctx, { actor, id: params.id, input: body }),
  );
  registerEndpoint(app, 'submitReport', async ({ actor, params }) =>
    submitReport(ctx, { actor, id: params.id }),
  );
  registerEndpoint(app, 'approveReport', async ({ actor, params, body }) =>
    approveReport(ctx, { actor, id: params.id, ...body }),
  );
  registerEndpoint(app, 'returnReport', async ({ actor, params, body }) =>
    returnReport(ctx, { actor, id: params.id, ...body }),
  );
  registerEndpoint(app, 'publishReport', async ({ actor, params }) =>
    publishReport(ctx, { actor, id: params.id }),
  );
  registerEndpoint(app, 'getReportPdf', async ({ actor, params }) =>
    getReportPdf(ctx, { actor, id: params.id }),
  );
}
