import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { requestLocale } from '../platform/http/locale.ts';
import {
  cancelEventRegistration,
  getPublicEvent,
  getPublicEventCalendar,
  listPublicEvents,
  lookupEventRegistration,
  registerForEvent,
} from './public-events.service.ts';
import {
  cancelEvent,
  createEvent,
  listEventRegistrations,
  listEvents,
  recordEventAttendance,
  updateEvent,
} from './events.service.ts';
import { exportEventsCsv } from './events-csv.ts';

// Public endpoints need no sign-in. Reading is limited per client address like the other
// public pages; registering and anything taking a cancellation token (guessable) like
// sign-in is.
const publicReading = { publicRateLimited: true } as const;
const publicLimit = { rateLimited: true } as const;

export function registerEventRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(
    app,
    'listPublicEvents',
    async ({ params, query }) => listPublicEvents(ctx, { code: params.code, month: query.month }),
    publicReading,
  );
  registerEndpoint(
    app,
    'getPublicEvent',
    async ({ params }) => getPublicEvent(ctx, { code: params.code, eventId: params.id }),
    publicReading,
  );
  registerEndpoint(
    app,
    'registerForEvent',
    async ({ params, body }) =>
      registerForEvent(ctx, { code: params.code, eventId: params.id, request: body }),
    publicLimit,
  );
  registerEndpoint(
    app,
    'getPublicEventCalendar',
    async ({ params, request }) =>
      getPublicEventCalendar(ctx, {
        code: params.code,
        eventId: params.id,
        locale: requestLocale(request),
      }),
    publicReading,
  );
  registerEndpoint(
    app,
    'lookupEventRegistration',
    async ({ params, body }) =>
      lookupEventRegistration(ctx, { code: params.code, token: body.token }),
    publicLimit,
  );
  registerEndpoint(
    app,
    'cancelEventRegistration',
    async ({ params, body }) =>
      cancelEventRegistration(ctx, { code: params.code, token: body.token }),
    publicLimit,
  );
  registerEndpoint(app, 'listEvents', async ({ actor, query }) =>
    listEvents(ctx, { actor, month: query.month }),
  );
  registerEndpoint(app, 'createEvent', async ({ actor, body }) =>
    createEvent(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'updateEvent', async ({ actor, params, body }) =>
    updateEvent(ctx, { actor, eventId: params.id, input: body }),
  );
  registerEndpoint(app, 'cancelEvent', async ({ actor, params }) =>
    cancelEvent(ctx, { actor, eventId: params.id }),
  );
  registerEndpoint(app, 'listEventRegistrations', async ({ actor, params }) =>
    listEventRegistrations(ctx, { actor, eventId: params.id }),
  );
  registerEndpoint(app, 'recordEventAttendance', async ({ actor, params, body }) =>
    recordEventAttendance(ctx, {
      actor,
      eventId: params.id,
      registrationId: params.registrationId,
      attended: body.attended,
    }),
  );
  registerEndpoint(app, 'exportEvents', async ({ actor, reply }) => {
    const file = await exportEventsCsv(ctx, { actor });
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store');
    return file.content;
  });
}
