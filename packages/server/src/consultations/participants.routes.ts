import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { changeOf, type ConsultationEvents } from './consultation-events.ts';
import { presentConsultation } from './consultations.presenter.ts';
import {
  joinConsultation,
  leaveConsultation,
  type ParticipationChange,
} from './participants.service.ts';

export function registerParticipantRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  events: ConsultationEvents,
) {
  const announce = (change: ParticipationChange) => {
    if (change.announcement) events.messageCommitted(change.announcement);
    events.consultationChanged(changeOf(change.consultation, { queue: false }));
  };
  registerEndpoint(app, 'joinConsultation', async ({ actor, params }) => {
    const change = await joinConsultation(ctx, { actor, consultationId: params.id });
    announce(change);
    return presentConsultation(change.consultation, change.receipts, actor, change.supervisors);
  });
  registerEndpoint(app, 'leaveConsultation', async ({ actor, params }) => {
    const change = await leaveConsultation(ctx, { actor, consultationId: params.id });
    announce(change);
    return presentConsultation(change.consultation, change.receipts, actor, change.supervisors);
  });
}
