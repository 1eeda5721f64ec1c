import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  addAvailabilityException,
  deleteAvailabilityException,
  listAvailability,
  setWeeklyAvailability,
} from './availability.service.ts';
import {
  bookAppointment,
  cancelAppointment,
  getAppointmentCalendar,
  listAppointments,
  listFreeSlots,
  rescheduleAppointment,
} from './booking.service.ts';

export function registerAppointmentRoutes(app: FastifyInstance, ctx: AppContext) {
  registerEndpoint(app, 'listAvailability', async ({ actor, query }) => ({
    items: await listAvailability(ctx, { actor, coordinatorId: query.coordinatorId }),
  }));
  registerEndpoint(app, 'setWeeklyAvailability', async ({ actor, body }) => ({
    items: await setWeeklyAvailability(ctx, { actor, input: body }),
  }));
  registerEndpoint(app, 'addAvailabilityException', async ({ actor, body }) =>
    addAvailabilityException(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'deleteAvailabilityException', async ({ actor, params }) => {
    await deleteAvailabilityException(ctx, { actor, exceptionId: params.id });
    return { ok: true as const };
  });
  registerEndpoint(app, 'listFreeSlots', async ({ actor, query }) => ({
    items: await listFreeSlots(ctx, { actor, ...query }),
  }));
  registerEndpoint(app, 'bookAppointment', async ({ actor, body }) =>
    bookAppointment(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'listAppointments', async ({ actor, query }) => ({
    items: await listAppointments(ctx, { actor, coordinatorId: query.coordinatorId }),
  }));
  registerEndpoint(app, 'cancelAppointment', async ({ actor, params, body }) =>
    cancelAppointment(ctx, { actor, appointmentId: params.id, reason: body.reason }),
  );
  registerEndpoint(app, 'rescheduleAppointment', async ({ actor, params, body }) =>
    rescheduleAppointment(ctx, { actor, appointmentId: params.id, input: body }),
  );
  registerEndpoint(app, 'getAppointmentCalendar', async ({ actor, params }) =>
    getAppointmentCalendar(ctx, { actor, appointmentId: params.id }),
  );
}
