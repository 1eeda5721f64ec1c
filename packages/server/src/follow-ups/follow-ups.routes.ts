import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import {
  announceSent,
  changeOf,
  type ConsultationEvents,
} from '../consultations/consultation-events.ts';
import {
  cancelCheckIn,
  listCheckIns,
  listConsultationCheckIns,
  rescheduleCheckIn,
  scheduleCheckIn,
} from './check-ins.service.ts';
import { completeCheckIn, getPlannedContact } from './check-in-contact.service.ts';
import {
  decideCloseApproval,
  getCloseApproval,
  requestCloseApproval,
} from './close-approvals.service.ts';

/**
 * Check-ins and requests to close without a follow-up. Every change is announced as the
 * consultation's content-free change notice: the person's chat re-reads when the health
 * room will contact them, the coordinator's close panel re-reads the supervisor's answer,
 * and the care team's 緊急 inbox re-reads its requests.
 */
export function registerFollowUpRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  events: ConsultationEvents,
) {
  const changed = (consultation: Parameters<typeof changeOf>[0]) =>
    events.consultationChanged(changeOf(consultation, { queue: false }));

  registerEndpoint(app, 'scheduleCheckIn', async ({ actor, params, body }) => {
    const { consultation, checkIn } = await scheduleCheckIn(ctx, {
      actor,
      consultationId: params.id,
      plan: body,
    });
    changed(consultation);
    return checkIn;
  });
  registerEndpoint(app, 'listConsultationCheckIns', async ({ actor, params }) =>
    listConsultationCheckIns(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'listCheckIns', async ({ actor }) => listCheckIns(ctx, { actor }));
  registerEndpoint(app, 'rescheduleCheckIn', async ({ actor, params, body }) => {
    const { consultation, checkIn } = await rescheduleCheckIn(ctx, {
      actor,
      checkInId: params.id,
      plan: body,
    });
    changed(consultation);
    return checkIn;
  });
  registerEndpoint(app, 'cancelCheckIn', async ({ actor, params }) => {
    const { consultation, checkIn } = await cancelCheckIn(ctx, { actor, checkInId: params.id });
    changed(consultation);
    return checkIn;
  });
  registerEndpoint(app, 'completeCheckIn', async ({ actor, params, body }) => {
    const done = await completeCheckIn(ctx, { actor, checkInId: params.id, ...body });
    if (done.sent) announceSent(events, { message: done.message, ...done.sent });
    else events.messageCommitted(done.message);
    changed(done.consultation);
    return { checkIn: done.checkIn, consultationId: done.consultation.id };
  });
  registerEndpoint(app, 'getPlannedContact', async ({ actor, params }) =>
    getPlannedContact(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'requestCloseApproval', async ({ actor, params, body }) => {
    const { consultation, state } = await requestCloseApproval(ctx, {
      actor,
      consultationId: params.id,
      reason: body.reason,
    });
    changed(consultation);
    return state;
  });
  registerEndpoint(app, 'getCloseApproval', async ({ actor, params }) =>
    getCloseApproval(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'decideCloseApproval', async ({ actor, params, body }) => {
    const { consultation } = await decideCloseApproval(ctx, {
      actor,
      requestId: params.id,
      ...body,
    });
    changed(consultation);
    return { ok: true as const };
  });
}
