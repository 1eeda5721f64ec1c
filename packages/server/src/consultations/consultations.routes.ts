import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { registerEndpoint } from '../platform/http/route.ts';
import { announceSent, changeOf, type ConsultationEvents } from './consultation-events.ts';
import {
  presentConsultation,
  presentMessage,
  presentMessageAck,
  presentReceipt,
} from './consultations.presenter.ts';
import {
  claimConsultation,
  getConsultation,
  listMyConsultations,
  startConsultation,
} from './consultations.service.ts';
import { listMessages, sendMessage } from './messages.service.ts';
import { nightTeamOf } from '../pool/pool.service.ts';
import { getRatingReview } from './rating-review.service.ts';
import { markReceipt } from './receipts.service.ts';
import { listQueue } from './queue.service.ts';
import { acknowledgeRisk, closeConsultation, getRiskFlags } from './close.service.ts';
import { presentRiskFlag } from './risk-flags.ts';
import { explainAssignment } from '../routing/assignment.service.ts';
import { getWaitingStatus } from './waiting.service.ts';
import { rateConsultation } from './rating.service.ts';
import { chooseNextTimeCoordinator, getConsultationClosing } from './closing.service.ts';
import { getHandoverSummary } from './handover.service.ts';
import { getPersonContext } from './person-context.service.ts';
import { addNote, listNotes, presentNote } from './notes.service.ts';
import { transferConsultation } from '../routing/transfer.service.ts';
import {
  createCannedReply,
  deleteCannedReply,
  listCannedReplies,
  presentCannedReply,
} from './canned-replies.service.ts';

export function registerConsultationRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  events: ConsultationEvents,
) {
  registerEndpoint(app, 'startConsultation', async ({ actor, body }) => {
    const { consultation, message } = await startConsultation(ctx, { actor, ...body });
    events.consultationChanged(changeOf(consultation, { queue: true }));
    return {
      consultation: presentConsultation(consultation, [], actor),
      message: presentMessage(ctx.keyring, message, actor.userId),
    };
  });
  registerEndpoint(app, 'listMyConsultations', async ({ actor }) => ({
    items: (await listMyConsultations(ctx, { actor })).map((c) => ({
      ...presentConsultation(c.consultation, c.receipts, actor),
      ...(c.awaitingReplySince !== undefined
        ? { awaitingReplySince: c.awaitingReplySince?.toISOString() ?? null }
        : {}),
    })),
  }));
  registerEndpoint(app, 'getConsultation', async ({ actor, params }) => {
    const found = await getConsultation(ctx, { actor, consultationId: params.id });
    const presented = presentConsultation(
      found.consultation,
      found.receipts,
      actor,
      found.supervisors,
    );
    return { ...presented, nightTeam: await nightTeamOf(ctx, found.consultation) };
  });
  registerEndpoint(app, 'listMessages', async ({ actor, params, query }) => {
    const page = await listMessages(ctx, { actor, consultationId: params.id, ...query });
    return {
      items: page.items.map((m) => presentMessage(ctx.keyring, m, actor.userId)),
      lastSeq: page.lastSeq,
      hasMore: page.hasMore,
    };
  });
  registerEndpoint(app, 'sendMessage', async ({ actor, params, body }) => {
    const sent = await sendMessage(ctx, { actor, consultationId: params.id, ...body });
    announceSent(events, sent);
    return presentMessageAck(sent.message);
  });
  registerEndpoint(app, 'listQueue', async ({ actor }) => listQueue(ctx, { actor }));
  registerEndpoint(app, 'getRatingReview', async ({ actor, query }) =>
    getRatingReview(ctx, { actor, query }),
  );
  registerEndpoint(app, 'listNotes', async ({ actor, params }) => ({
    items: (await listNotes(ctx, { actor, consultationId: params.id })).map((n) =>
      presentNote(ctx.keyring, n, actor.userId),
    ),
  }));
  registerEndpoint(app, 'addNote', async ({ actor, params, body }) =>
    presentNote(
      ctx.keyring,
      await addNote(ctx, { actor, consultationId: params.id, body: body.body }),
      actor.userId,
    ),
  );
  registerEndpoint(app, 'transferConsultation', async ({ actor, params, body }) => {
    const before = await transferConsultation(ctx, { actor, consultationId: params.id, ...body });
    const queue = before.status === 'queued';
    events.consultationChanged(changeOf(before, { queue }));
    // The coordinator taking it over hears at once too.
    events.consultationChanged(
      changeOf({ ...before, assignedCoordinatorId: body.coordinatorId }, { queue }),
    );
    return { ok: true as const };
  });
  registerEndpoint(app, 'listCannedReplies', async ({ actor }) => ({
    items: (await listCannedReplies(ctx, { actor })).map(presentCannedReply),
  }));
  registerEndpoint(app, 'createCannedReply', async ({ actor, body }) =>
    presentCannedReply(await createCannedReply(ctx, { actor, ...body })),
  );
  registerEndpoint(app, 'deleteCannedReply', async ({ actor, params }) => {
    await deleteCannedReply(ctx, { actor, id: params.id });
    return { ok: true as const };
  });
  registerEndpoint(app, 'rateConsultation', async ({ actor, params, body }) =>
    rateConsultation(ctx, { actor, consultationId: params.id, ...body }),
  );
  registerEndpoint(app, 'getConsultationClosing', async ({ actor, params }) =>
    getConsultationClosing(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'chooseNextTimeCoordinator', async ({ actor, params, body }) =>
    chooseNextTimeCoordinator(ctx, { actor, consultationId: params.id, ...body }),
  );
  registerEndpoint(app, 'getHandoverSummary', async ({ actor }) =>
    getHandoverSummary(ctx, { actor }),
  );
  registerEndpoint(app, 'getWaitingStatus', async ({ actor, params }) =>
    getWaitingStatus(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'getPersonContext', async ({ actor, params }) =>
    getPersonContext(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'getAssignment', async ({ actor, params }) =>
    explainAssignment(ctx, { actor, consultationId: params.id }),
  );
  registerEndpoint(app, 'listRiskFlags', async ({ actor, params }) => ({
    items: (await getRiskFlags(ctx, { actor, consultationId: params.id })).map(presentRiskFlag),
  }));
  registerEndpoint(app, 'acknowledgeRiskFlags', async ({ actor, params }) => {
    const assessed = await acknowledgeRisk(ctx, { actor, consultationId: params.id });
    events.consultationChanged(changeOf(assessed.consultation, { queue: false }));
    return { items: assessed.flags.map(presentRiskFlag) };
  });
  registerEndpoint(app, 'claimConsultation', async ({ actor, params }) => {
    const claimed = await claimConsultation(ctx, { actor, consultationId: params.id });
    events.consultationChanged(changeOf(claimed.consultation, { queue: true }));
    return presentConsultation(claimed.consultation, claimed.receipts, actor);
  });
  registerEndpoint(app, 'closeConsultation', async ({ actor, params, body }) => {
    await closeConsultation(ctx, { actor, consultationId: params.id, ...body });
    const closed = await getConsultation(ctx, { actor, consultationId: params.id });
    events.consultationChanged(changeOf(closed.consultation, { queue: true }));
    return presentConsultation(closed.consultation, closed.receipts, actor);
  });
  registerEndpoint(app, 'markRead', async ({ actor, params, body }) => {
    const receipt = await markReceipt(ctx, { actor, consultationId: params.id, ...body });
    events.receiptAdvanced(receipt);
    return presentReceipt(receipt, actor.userId);
  });
}
