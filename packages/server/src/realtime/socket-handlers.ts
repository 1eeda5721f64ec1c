import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import {
  realtimeEvents,
  ZSocketJoin,
  ZSocketReceipt,
  ZSocketSendMessage,
  ZSocketSync,
  ZSocketTyping,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { isCareTeam } from '../policy/policy.ts';
import { announceSent, type ConsultationEvents } from '../consultations/consultation-events.ts';
import { getConsultation } from '../consultations/consultations.service.ts';
import { listMessages, sendMessage } from '../consultations/messages.service.ts';
import { markReceipt } from '../consultations/receipts.service.ts';
import {
  presentConsultation,
  presentMessage,
  presentMessageAck,
  presentReceipt,
} from '../consultations/consultations.presenter.ts';
import { consultationRoom, participantRoom } from './rooms.ts';
import { listen } from './socket-listen.ts';
import type { RealtimeSocket } from './socket-types.ts';
import { admitOrRefuse, type LimitedEvent, type SocketRateLimiter } from './socket-rate-limit.ts';

const defaultSyncLimit = 100;

/**
 * Registers the client events of one authenticated socket (each through `listen`: parsed
 * with the shared schema, answered through the acknowledgement callback).
 */
export function registerSocketHandlers(
  socket: RealtimeSocket,
  ctx: AppContext,
  events: ConsultationEvents,
  log: FastifyBaseLogger,
  limiter: SocketRateLimiter,
) {
  const actor = (): Actor => socket.data.session.actor;
  socket.on('disconnect', () => limiter.forgetSocket(socket.id));

  const handle = <S extends z.ZodType>(
    event: string,
    schema: S,
    run: (payload: z.output<S>) => Promise<unknown>,
    limited?: LimitedEvent,
  ) =>
    listen(socket, log, event, schema, async (payload) => {
      // Over the limit: refused before anything is stored.
      if (limited) admitOrRefuse(limiter, socket, limited, ctx.now().getTime());
      return run(payload);
    });

  handle(
    realtimeEvents.sendMessage,
    ZSocketSendMessage,
    async ({ consultationId, clientMsgId, body, attachmentIds }) => {
      const arrived = performance.now();
      const sent = await sendMessage(ctx, {
        actor: actor(),
        consultationId,
        clientMsgId,
        body,
        attachmentIds,
      });
      announceSent(events, sent, { socketId: socket.id });
      ctx.metrics.messagesSent.inc();
      ctx.metrics.messageAck.observe((performance.now() - arrived) / 1000);
      return presentMessageAck(sent.message);
    },
    'message',
  );

  handle(realtimeEvents.sync, ZSocketSync, async (payload) => {
    const page = await listMessages(ctx, {
      actor: actor(),
      consultationId: payload.consultationId,
      afterSeq: payload.afterSeq,
      limit: payload.limit ?? defaultSyncLimit,
    });
    return {
      items: page.items.map((m) => presentMessage(ctx.keyring, m, actor().userId)),
      lastSeq: page.lastSeq,
      hasMore: page.hasMore,
    };
  });

  handle(realtimeEvents.join, ZSocketJoin, async ({ consultationId }) => {
    const found = await getConsultation(ctx, { actor: actor(), consultationId });
    await socket.join([
      consultationRoom(consultationId),
      participantRoom(consultationId, actor().userId),
    ]);
    return presentConsultation(found.consultation, found.receipts, actor(), found.supervisors);
  });

  // Typing is relayed to the others who joined, and only from a socket that joined itself
  // (joining authorized it). Nothing is stored.
  handle(
    realtimeEvents.typing,
    ZSocketTyping,
    async ({ consultationId, typing }) => {
      if (!socket.rooms.has(consultationRoom(consultationId))) throw new AppError('NOT_FOUND');
      const fromCareTeam = isCareTeam(actor());
      socket
        .to(consultationRoom(consultationId))
        .emit(realtimeEvents.typingUpdate, { consultationId, fromCareTeam, typing });
      return { ok: true as const };
    },
    'typing',
  );

  handle(realtimeEvents.markReceipt, ZSocketReceipt, async (payload) => {
    const receipt = await markReceipt(ctx, { actor: actor(), ...payload });
    events.receiptAdvanced(receipt);
    return presentReceipt(receipt, actor().userId);
  });
}
