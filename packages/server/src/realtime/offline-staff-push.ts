import type { FastifyBaseLogger } from 'fastify';
import { isConsultingRole, type Role } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findConsultation } from '../consultations/consultations.repository.ts';
import type { MessageRow } from '../consultations/messages.repository.ts';
import { enqueueStaffPush } from '../notifications/staff-push.ts';
import { isCareTeam } from '../policy/policy.ts';
import { consultationRoom, userRoom } from './rooms.ts';
import type { RealtimeServer } from './socket-types.ts';

/**
 * A person's message in a consultation a coordinator holds, while that coordinator has
 * no page of the app open on any instance (every staff page carries the console's live
 * notices), is announced by web push through the outbox: 「担当の相談に新しいメッセージが
 * あります」 and a link, nothing of the message. One push per message, once across
 * instances (the outbox's event key).
 */
export function pushToOfflineAssignee(
  io: RealtimeServer,
  ctx: AppContext,
  log: FastifyBaseLogger,
  message: MessageRow,
): void {
  if (!isConsultingRole(message.senderRole as Role)) return;
  if (message.kind === 'call') return;
  // The usual case, without a query: someone of the care team has this chat open here.
  if (careTeamJoinedHere(io, message.consultationId)) return;
  const run = async () => {
    const consultation = await findConsultation(
      ctx.db,
      message.municipalityId,
      message.consultationId,
    );
    const assignee = consultation?.assignedCoordinatorId;
    if (!consultation || !assignee || consultation.status !== 'active') return;
    // Checked here first: the usual case needs no round of the cluster.
    if (io.of('/').adapter.rooms.get(userRoom(assignee))?.size) return;
    if ((await io.in(userRoom(assignee)).fetchSockets()).length > 0) return;
    const queued = await ctx.db.transaction((tx) =>
      enqueueStaffPush(
        tx,
        {
          municipalityId: message.municipalityId,
          kind: 'consultation_message',
          refId: message.id,
          userId: assignee,
        },
        ctx.now(),
      ),
    );
    if (queued) ctx.outbox.wake();
  };
  run().catch((error: unknown) => log.warn({ err: error }, 'staff message push failed'));
}

function careTeamJoinedHere(io: RealtimeServer, consultationId: string): boolean {
  const namespace = io.of('/');
  for (const socketId of namespace.adapter.rooms.get(consultationRoom(consultationId)) ?? []) {
    const actor = namespace.sockets.get(socketId)?.data.session.actor;
    if (actor && isCareTeam(actor)) return true;
  }
  return false;
}
