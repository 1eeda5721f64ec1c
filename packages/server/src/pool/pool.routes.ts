import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { announceSent, type ConsultationEvents } from '../consultations/consultation-events.ts';
import { presentMessageAck } from '../consultations/consultations.presenter.ts';
import {
  createPoolAgreement,
  getPoolCase,
  getPoolCoverage,
  handOverPoolCase,
  leavePoolAgreement,
  listPoolAgreements,
  listPoolQueue,
  sendPoolMessage,
  setPoolDuty,
  takePoolCase,
} from './pool.service.ts';

export function registerPoolRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  events: ConsultationEvents,
) {
  registerEndpoint(app, 'listPoolAgreements', async ({ actor }) => ({
    items: await listPoolAgreements(ctx, { actor }),
  }));
  registerEndpoint(app, 'createPoolAgreement', async ({ actor, body }) =>
    createPoolAgreement(ctx, { actor, input: body }),
  );
  registerEndpoint(app, 'leavePoolAgreement', async ({ actor, params, body }) => {
    await leavePoolAgreement(ctx, { actor, agreementId: params.id, ...body });
    return { ok: true as const };
  });
  registerEndpoint(app, 'setPoolDuty', async ({ actor, body }) => {
    const row = await setPoolDuty(ctx, { actor, ...body });
    return {
      id: row.id,
      userId: row.userId,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
    };
  });
  registerEndpoint(app, 'getPoolCoverage', async ({ actor, query }) =>
    getPoolCoverage(ctx, { actor, date: query.date }),
  );
  registerEndpoint(app, 'listPoolQueue', async ({ actor }) => listPoolQueue(ctx, { actor }));
  registerEndpoint(app, 'takePoolCase', async ({ actor, params }) =>
    takePoolCase(ctx, { actor, poolCaseId: params.id }),
  );
  registerEndpoint(app, 'getPoolCase', async ({ actor, params }) =>
    getPoolCase(ctx, { actor, poolCaseId: params.id }),
  );
  registerEndpoint(app, 'sendPoolMessage', async ({ actor, params, body }) => {
    const sent = await sendPoolMessage(ctx, { actor, poolCaseId: params.id, ...body });
    announceSent(events, sent);
    return presentMessageAck(sent.message);
  });
  registerEndpoint(app, 'handOverPoolCase', async ({ actor, params, body }) => {
    await handOverPoolCase(ctx, { actor, poolCaseId: params.id, summary: body.summary });
    return { ok: true as const };
  });
}
