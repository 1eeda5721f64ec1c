import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { findConsultation } from '../consultations/consultations.repository.ts';
import type { MessageRow } from '../consultations/messages.repository.ts';
import { sendPushToAccounts } from '../notifications/push/send-push.ts';
import { userRoom } from './rooms.ts';
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
  const run = async () => {
    const consultation = await findConsultation(
      ctx.db,
      message.municipalityId,
      message.consultationId,
    );
    if (!consultation) return;
    const online = await io.in(userRoom(consultation.personUserId)).fetchSockets();
    if (online.length > 0) return;
    await sendPushToAccounts(ctx, {
      municipalityId: message.municipalityId,
      userIds: [consultation.personUserId],
      notification: { kind: 'new_message', url: `/consultations/${consultation.id}` },
    });
  };
  run().catch((error: unknown) => log.warn({ err: error }, 'message push failed'));
}
