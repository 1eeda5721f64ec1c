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
import type { ConsultationEvents } from '../consultations/consultation-events.ts';
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
import { isExpectedError, socketError, validationError } from './socket-errors.ts';
import type { RealtimeSocket } from './socket-types.ts';

/** Listening without the typed event map: what arrives on a socket is untrusted until parsed. */
type UntypedListener = { on(event: string, listener: (...args: unknown[]) => void): void };

const defaultSyncLimit = 100;

/**
 * Registers the client events of one authenticated socket. Every payload is parsed with
 * the shared schema first; a bad one is answered with VALIDATION_FAILED and changes nothing.
 * Every answer goes through the acknowledgement callback.
 */
export function registerSocketHandlers(
  socket: RealtimeSocket,
  ctx: AppContext,
  events: ConsultationEvents,
  log: FastifyBaseLogger,
) {
  const actor = (): Actor => socket.data.session.actor;

  function handle<S extends z.ZodType>(
    event: string,
    schema: S,
    run: (payload: z.output<S>) => Promise<unknown>,
  ) {
    (socket as unknown as UntypedListener).on(event, (...args: unknown[]) => {
      const last = args.at(-1);
      const ack = typeof last === 'function' ? (last as (response: unknown) => void) : null;
      const payload = typeof args[0] === 'function' ? undefined : args[0];
      const { locale } = actor();
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        ack?.(validationError(parsed.error, locale));
        return;
      }
      run(parsed.data).then(
        (response) => ack?.(response),
        (error: unknown) => {
          if (!isExpectedError(error)) log.error({ err: error, event }, 'socket event failed');
          ack?.(socketError(isExpectedError(error) ? error.code : 'INTERNAL', locale));
        },
      );
    });
  }

  handle(realtimeEvents.sendMessage, ZSocketSendMessage, async (payload) => {
    const { message } = await sendMessage(ctx, { actor: actor(), ...payload });
    events.messageCommitted(message);
    return presentMessageAck(message);
  });

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
    return presentConsultation(found.consultation, found.receipts, actor());
  });

  // Typing is relayed to the others who joined, and only from a socket that joined itself
  // (joining authorized it). Nothing is stored.
  handle(realtimeEvents.typing, ZSocketTyping, async ({ consultationId, typing }) => {
    if (!socket.rooms.has(consultationRoom(consultationId))) throw new AppError('NOT_FOUND');
    const fromCareTeam = actor().role === 'coordinator' || actor().role === 'supervisor';
    socket
      .to(consultationRoom(consultationId))
      .emit(realtimeEvents.typingUpdate, { consultationId, fromCareTeam, typing });
    return { ok: true as const };
  });

  handle(realtimeEvents.markReceipt, ZSocketReceipt, async (payload) => {
    const receipt = await markReceipt(ctx, { actor: actor(), ...payload });
    events.receiptAdvanced(receipt);
    return presentReceipt(receipt, actor().userId);
  });
}
