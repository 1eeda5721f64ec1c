import type { FastifyBaseLogger } from 'fastify';
import { isConsultingRole } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findConsultation } from '../consultations/consultations.repository.ts';
import type { MessageRow } from '../consultations/messages.repository.ts';
import { sendPushToAccounts } from '../notifications/push/send-push.ts';
import { consultationRoom, userRoom } from './rooms.ts';
import { canRingLine, enqueuePersonMessageBell } from '../line/line-bell.ts';
import type { RealtimeServer } from './socket-types.ts';

/**
 * A care-team message to a worker or family member who has no socket open on any
 * instance (fetchSockets asks every instance through the adapter) is announced by web
 * push, with the fixed text 「新しいメッセージがあります」 and a link to the consultation.
 */
export function pushToOfflinePerson(
  io: RealtimeServer,
  ctx: AppContext,
  log: FastifyBaseLogger,
  message: MessageRow,
): void {
  if (message.senderRole !== 'coordinator' && message.senderRole !== 'supervisor') return;
  // A call's timeline entry is not a message: the call rang by its own push.
  if (message.kind !== 'text') return;
  // The usual case, checked without a query or a round of the cluster: the person has the
  // chat open on this instance (only they can join it among people who consult).
  if (personJoinedHere(io, message.consultationId)) return;
  const run = async () => {
    const consultation = await findConsultation(
      ctx.db,
      message.municipalityId,
      message.consultationId,
    );
    if (!consultation) return;
    const online = await io.in(userRoom(consultation.personUserId)).fetchSockets();
    if (online.length > 0) return;
    // A person who linked LINE hears the bell there (issue 19), with web push or e-mail as
    // the outbox's fallback; queued, so a LINE outage is retried and never blocks a send.
    if (await canRingLine(ctx.db, message.municipalityId, consultation.personUserId)) {
      const queued = await enqueuePersonMessageBell(
        ctx.db,
        {
          municipalityId: message.municipalityId,
          messageId: message.id,
          userId: consultation.personUserId,
        },
        ctx.now(),
      );
      if (queued) ctx.outbox.wake();
      return;
    }
    await sendPushToAccounts(ctx, {
      municipalityId: message.municipalityId,
      userIds: [consultation.personUserId],
      notification: { kind: 'new_message', url: `/consultations/${consultation.id}` },
    });
  };
  run().catch((error: unknown) => log.warn({ err: error }, 'message push failed'));
}

function personJoinedHere(io: RealtimeServer, consultationId: string): boolean {
  const namespace = io.of('/');
  for (const socketId of namespace.adapter.rooms.get(consultationRoom(consultationId)) ?? []) {
    const role = namespace.sockets.get(socketId)?.data.session.actor.role;
    if (role !== undefined && isConsultingRole(role)) return true;
  }
  return false;
}
