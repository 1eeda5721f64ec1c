import type { FastifyBaseLogger } from 'fastify';
import type { z } from 'zod';
import {
  callRingSeconds,
  realtimeEvents,
  ZCallDescription,
  ZCallIce,
  ZCallInvite,
  ZCallRef,
  type ErrorCode,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import type { ConsultationEvents } from '../consultations/consultation-events.ts';
import { userRoom } from '../realtime/rooms.ts';
import { listen } from '../realtime/socket-listen.ts';
import type { RealtimeServer, RealtimeSocket } from '../realtime/socket-types.ts';
import { otherPartiesOfCall, partiesOfCall } from './call-parties.ts';
import type { CallRelay } from './call-relay.ts';
import { createSignalRecipients } from './signal-recipients.ts';
import { pushIncomingCall } from './call-push.ts';
import { presentCall } from './calls.presenter.ts';
import {
  abandonCall,
  acceptCall,
  authorizeSignal,
  declineCall,
  hangUpCall,
  missCall,
  startCall,
  type CallChange,
} from './calls.service.ts';
import { admitOrRefuse, type SocketRateLimiter } from '../realtime/socket-rate-limit.ts';

/** How long a party may be gone (a reload, a network change) before their call ends. */
const reconnectGraceMs = 20_000;

/** A malformed SDP or candidate gets its own code: the call data, not the request, is wrong. */
const signalInvalid = (error: z.ZodError): ErrorCode =>
  error.issues.some((issue) => issue.path[0] === 'sdp' || issue.path[0] === 'candidate')
    ? 'CALL_SIGNAL_INVALID'
    : 'VALIDATION_FAILED';

export interface CallSignalling {
  register(socket: RealtimeSocket): void;
  close(): void;
}

/**
 * Call signalling over the application's Socket.IO channel. Every event is parsed with
 * the shared contract and authorized against the call's parties (calls/call-parties.ts)
 * before anything is relayed; offers, answers and candidates are passed on and forgotten.
 * Timers (ring timeout, a party gone) live on the instance that saw the event; the use-
 * cases are idempotent, so a timer firing after another instance moved the call on is
 * harmless, and a ring left over by a stopped instance expires when the next call starts.
 */
export function createCallSignalling(
  io: RealtimeServer,
  ctx: AppContext,
  relay: CallRelay,
  events: ConsultationEvents,
  log: FastifyBaseLogger,
  limiter: SocketRateLimiter,
): CallSignalling {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const later = (ms: number, run: () => Promise<unknown>) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run().catch((error: unknown) => log.error({ err: error }, 'call timer failed'));
    }, ms);
    timer.unref();
    timers.add(timer);
  };

  const announce = (change: CallChange | null) => {
    if (!change) return;
    for (const userId of partiesOfCall(change.call, change.consultation)) {
      relay.toUser(userId, 'call:state', presentCall(change.call, userId));
    }
    if (change.entry) events.messageCommitted(change.entry);
  };

  const register = (socket: RealtimeSocket) => {
    const actor = (): Actor => socket.data.session.actor;
    /** Calls this socket took part in, to end if the party disappears. */
    const mine = new Map<string, string>();
    const signalRecipients = createSignalRecipients();
    const recipientsOf = (callId: string) =>
      signalRecipients.get(callId, ctx.now().getTime(), () =>
        authorizeSignal(ctx, { actor: actor(), callId }),
      );
    const admit = (event: 'call' | 'signal') =>
      admitOrRefuse(limiter, socket, event, ctx.now().getTime());

    listen(socket, log, realtimeEvents.callInvite, ZCallInvite, async (payload) => {
      admit('call');
      const { started, expired } = await startCall(ctx, { actor: actor(), ...payload });
      announce(expired);
      const { call, consultation } = started;
      mine.set(call.id, call.municipalityId);
      const callees = otherPartiesOfCall(call, consultation, actor().userId);
      for (const userId of callees) {
        relay.toUser(userId, 'call:ringing', presentCall(call, userId));
      }
      pushIncomingCall(io, ctx, call, callees).catch((error: unknown) =>
        log.warn({ err: error }, 'call push failed'),
      );
      later(callRingSeconds * 1000, async () =>
        announce(await missCall(ctx, { municipalityId: call.municipalityId, callId: call.id })),
      );
      return presentCall(call, actor().userId);
    });

    listen(socket, log, realtimeEvents.callAccept, ZCallRef, async ({ callId }) => {
      admit('signal');
      const change = await acceptCall(ctx, { actor: actor(), callId });
      mine.set(change.call.id, change.call.municipalityId);
      announce(change);
      return presentCall(change.call, actor().userId);
    });

    listen(socket, log, realtimeEvents.callDecline, ZCallRef, async ({ callId }) => {
      admit('signal');
      const change = await declineCall(ctx, { actor: actor(), callId });
      signalRecipients.forget(callId);
      announce(change);
      return presentCall(change.call, actor().userId);
    });

    listen(socket, log, realtimeEvents.callHangup, ZCallRef, async ({ callId }) => {
      admit('signal');
      const change = await hangUpCall(ctx, { actor: actor(), callId });
      mine.delete(callId);
      signalRecipients.forget(callId);
      announce(change);
      return presentCall(change.call, actor().userId);
    });

    for (const event of ['call:offer', 'call:answer'] as const) {
      listen(
        socket,
        log,
        event,
        ZCallDescription,
        async (payload) => {
          admit('signal');
          const recipients = await recipientsOf(payload.callId);
          for (const userId of recipients) relay.toUser(userId, event, payload);
          return { ok: true as const };
        },
        signalInvalid,
      );
    }

    listen(
      socket,
      log,
      realtimeEvents.callIce,
      ZCallIce,
      async (payload) => {
        admit('signal');
        const recipients = await recipientsOf(payload.callId);
        for (const userId of recipients) relay.toUser(userId, 'call:ice', payload);
        return { ok: true as const };
      },
      signalInvalid,
    );

    socket.on('disconnect', () => {
      const { userId } = actor();
      for (const [callId, municipalityId] of mine) {
        later(reconnectGraceMs, async () => {
          // Any socket of the user, on any instance, means they are still there.
          const still = await io.in(userRoom(userId)).fetchSockets();
          if (still.length > 0) return;
          announce(await abandonCall(ctx, { municipalityId, callId, userId }));
        });
      }
    });
  };

  return {
    register,
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
