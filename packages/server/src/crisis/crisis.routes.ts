import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { changeOf, type ConsultationEvents } from '../consultations/consultation-events.ts';
import { acknowledgeCrisis, listCrisisInbox } from './crisis-inbox.service.ts';

export function registerCrisisRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  events: ConsultationEvents,
) {
  registerEndpoint(app, 'listCrisisInbox', async ({ actor }) => listCrisisInbox(ctx, { actor }));
  registerEndpoint(app, 'acknowledgeCrisis', async ({ actor, params }) => {
    const { consultation, inbox } = await acknowledgeCrisis(ctx, {
      actor,
      consultationId: params.id,
    });
    events.consultationChanged(changeOf(consultation, { queue: false }));
    return inbox;
  });
}
