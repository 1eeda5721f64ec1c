import type { FastifyInstance } from 'fastify';
import { maxOpenDataFileBytes } from '@yorisoi/shared';
import { importChildcareFacilitiesOf } from './opendata/facility-import.service.ts';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { sendDownload } from '../platform/http/download.ts';
import {
  downloadChildcareFacilities,
  downloadPublicVacancyTable,
  downloadVacancyTable,
} from './opendata/opendata-download.service.ts';
import { presentStaffFacility } from './childcare-presenters.ts';
import { requestLocale } from '../platform/http/locale.ts';
import {
  getPublicChildcareFacility,
  getPublicVacancyTable,
  searchChildcareFacilities,
} from './childcare-public.service.ts';
import {
  getChildcareSettings,
  getFacilityVacancies,
  getVacancyUpdateStatus,
  inviteChildcareStaff,
  inviteFacilityStaff,
  listStaffChildcareFacilities,
  publishVacancyTable,
  sendVacancyReminders,
  updateChildcareSettings,
  updateFacilityVacancies,
} from './vacancies.service.ts';

export function registerChildcareRoutes(app: FastifyInstance, ctx: AppContext) {
  const publicApi = { publicRateLimited: true };
  registerEndpoint(
    app,
    'searchChildcareFacilities',
    async ({ request, params, query }) =>
      searchChildcareFacilities(ctx, { code: params.code, query, locale: requestLocale(request) }),
    publicApi,
  );
  registerEndpoint(
    app,
    'getPublicChildcareFacility',
    async ({ request, params }) =>
      getPublicChildcareFacility(ctx, {
        code: params.code,
        facilityId: params.id,
        locale: requestLocale(request),
      }),
    publicApi,
  );
  registerEndpoint(
    app,
    'getPublicVacancyTable',
    async ({ params, query }) =>
      getPublicVacancyTable(ctx, { code: params.code, month: query.month }),
    publicApi,
  );
  registerEndpoint(app, 'listStaffChildcareFacilities', async ({ actor }) => ({
    items: (await listStaffChildcareFacilities(ctx, { actor })).map(presentStaffFacility),
  }));
  registerEndpoint(app, 'getFacilityVacancies', async ({ actor, params, query }) =>
    getFacilityVacancies(ctx, { actor, facilityId: params.id, month: query.month }),
  );
  registerEndpoint(app, 'updateFacilityVacancies', async ({ actor, params, body }) =>
    updateFacilityVacancies(ctx, { actor, facilityId: params.id, input: body }),
  );
  registerEndpoint(app, 'inviteFacilityStaff', async ({ actor, params, body }) =>
    inviteFacilityStaff(ctx, { actor, facilityId: params.id, ...body }),
  );
  registerEndpoint(app, 'inviteChildcareStaff', async ({ actor, body }) =>
    inviteChildcareStaff(ctx, { actor, ...body }),
  );
  registerEndpoint(app, 'getVacancyUpdateStatus', async ({ actor, query }) =>
    getVacancyUpdateStatus(ctx, { actor, month: query.month }),
  );
  registerEndpoint(app, 'sendVacancyReminders', async ({ actor, body }) =>
    sendVacancyReminders(ctx, { actor, month: body.month, facilityIds: body.facilityIds }),
  );
  registerEndpoint(app, 'publishVacancyTable', async ({ actor, body }) =>
    publishVacancyTable(ctx, { actor, month: body.month }),
  );
  registerEndpoint(
    app,
    'importChildcareFacilities',
    async ({ actor, body }) =>
      importChildcareFacilitiesOf(ctx, {
        actor,
        bytes: new Uint8Array(Buffer.from(body.data, 'base64')),
      }),
    // Base64 is a third larger than the file; the JSON around it is small.
    { bodyLimit: Math.ceil(maxOpenDataFileBytes / 3) * 4 + 4096 },
  );
  registerEndpoint(app, 'exportChildcareFacilities', async ({ actor, reply }) =>
    sendDownload(reply, await downloadChildcareFacilities(ctx, { actor })),
  );
  registerEndpoint(app, 'exportVacancyTable', async ({ actor, query, reply }) =>
    sendDownload(
      reply,
      await downloadVacancyTable(ctx, { actor, month: query.month, format: query.format }),
    ),
  );
  registerEndpoint(
    app,
    'exportPublicVacancyTable',
    async ({ params, query, reply }) =>
      sendDownload(
        reply,
        await downloadPublicVacancyTable(ctx, {
          code: params.code,
          month: query.month,
          format: query.format,
        }),
      ),
    publicApi,
  );
  registerEndpoint(app, 'getChildcareSettings', async ({ actor }) =>
    getChildcareSettings(ctx, { actor }),
  );
  registerEndpoint(app, 'updateChildcareSettings', async ({ actor, body }) =>
    updateChildcareSettings(ctx, { actor, vacancyDisplay: body.vacancyDisplay }),
  );
}
