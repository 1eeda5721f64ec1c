import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../app/context.ts';
import type { ConsultationEvents, MessageOrigin } from '../consultations/consultation-events.ts';
import { findMessagesByIds, type MessageRow } from '../consultations/messages.repository.ts';
import type { ReceiptRow } from '../consultations/receipts.repository.ts';
import {
  presentMessageBothWays,
  presentReceipt,
} from '../consultations/consultations.presenter.ts';
import { careTeamRoom, consultationRoom, participantRoom, queueRoom, userRoom } from './rooms.ts';
import { pushToOfflinePerson } from './offline-push.ts';
import { pushToOfflineAssignee } from './offline-staff-push.ts';
import type {
  MessagesNote,
  PreviousMessageNote,
  ReceiptNote,
  RealtimeServer,
} from './socket-types.ts';

/** About 80 bytes each: a notice stays well under NOTIFY's 8,000-byte payload. */
const idsPerNotice = 80;

/**
 * Delivers committed events to the sockets that joined a consultation, on every instance.
 * The committing instance delivers to its own sockets directly and tells the others the
 * message ids (serverSideEmit through the adapter, i.e. PostgreSQL NOTIFY), those committed
 * in the same turn of the event loop in one notice; each of them reads the messages its
 * sockets joined from the database and delivers them. So message text never passes
 * through NOTIFY or the adapter's overflow table, and `mine` is computed per recipient.
 * Embedded (one process, in-memory adapter) there is nobody else to tell.
 */
export function createFanOut(
  io: RealtimeServer,
  ctx: AppContext,
  log: FastifyBaseLogger,
  { clustered }: { clustered: boolean },
): ConsultationEvents {
  const hasLocalListeners = (consultationId: string) =>
    io.of('/').adapter.rooms.has(consultationRoom(consultationId));

  // Recipients are looked up in this instance's rooms before anything is presented or
  // encoded: the socket a message came through is usually its sender's only one.
  const deliverMessage = (row: MessageRow, origin?: MessageOrigin) => {
    const { rooms } = io.of('/').adapter;
    const joined = rooms.get(consultationRoom(row.consultationId));
    if (!joined) return;
    const own = participantRoom(row.consultationId, row.senderUserId);
    const ownSockets = rooms.get(own);
    const toOthers = someOutside(joined, ownSockets);
    // Every socket is in a room of its own id: the sending one has its acknowledgement.
    const toOwnDevices =
      ownSockets !== undefined &&
      ownSockets.size > (origin && ownSockets.has(origin.socketId) ? 1 : 0);
    if (!toOthers && !toOwnDevices) return;
    const message = presentMessageBothWays(ctx.keyring, row);
    if (toOthers) {
      io.local
        .to(consultationRoom(row.consultationId))
        .except(own)
        .emit('message:new', message.others);
    }
    if (toOwnDevices) {
      const toOwn = io.local.to(own);
      (origin ? toOwn.except(origin.socketId) : toOwn).emit('message:new', message.own);
    }
  };

  const deliverReceipt = (row: ReceiptRow) => {
    if (!hasLocalListeners(row.consultationId)) return;
    const own = participantRoom(row.consultationId, row.userId);
    io.local
      .to(consultationRoom(row.consultationId))
      .except(own)
      .emit('receipt:update', presentReceipt(row, ''));
    io.local.to(own).emit('receipt:update', presentReceipt(row, row.userId));
  };

  const deliverNoted = (note: MessagesNote) => {
    const wanted = note.messages.filter(([consultationId]) => hasLocalListeners(consultationId));
    if (wanted.length === 0) return;
    findMessagesByIds(
      ctx.db,
      note.municipalityId,
      wanted.map(([, messageId]) => messageId),
    )
      .then((rows) => rows.forEach((row) => deliverMessage(row)))
      .catch((error: unknown) => log.error({ err: error }, 'message fan-out failed'));
  };
  io.on('consultation:messages', deliverNoted);
  // One note per message, as instances of the previous version send during a rolling update.
  io.on('consultation:message', (note: PreviousMessageNote) =>
    deliverNoted({
      municipalityId: note.municipalityId,
      messages: [[note.consultationId, note.messageId]],
    }),
  );
  io.on('consultation:receipt', (note: ReceiptNote) => {
    deliverReceipt({ ...note, updatedAt: new Date(note.updatedAt) });
  });

  // Ids committed in one turn go out as one NOTIFY per municipality (a group commit's batch).
  const untold = new Map<string, MessagesNote['messages']>();
  const tellNow = () => {
    const notes = [...untold].flatMap(([municipalityId, messages]) =>
      Array.from({ length: Math.ceil(messages.length / idsPerNotice) }, (_, i) => ({
        municipalityId,
        messages: messages.slice(i * idsPerNotice, (i + 1) * idsPerNotice),
      })),
    );
    untold.clear();
    // Always, even when this instance hears no others: its LISTEN connection may be the
    // one that is down, and the others would then miss every message it commits.
    notes.forEach((note) => io.serverSideEmit('consultation:messages', note));
  };
  const tellOtherInstances = (row: MessageRow) => {
    if (untold.size === 0) setImmediate(() => announce(tellNow));
    const messages = untold.get(row.municipalityId) ?? [];
    messages.push([row.consultationId, row.id]);
    untold.set(row.municipalityId, messages);
  };

  const announce = (run: () => void) => {
    try {
      run();
    } catch (error) {
      // Never fail a committed write because a live notification could not be sent.
      log.error({ err: error }, 'real-time announcement failed');
    }
  };

  return {
    messageCommitted(row, origin) {
      announce(() => {
        deliverMessage(row, origin);
        pushToOfflinePerson(io, ctx, log, row);
        pushToOfflineAssignee(io, ctx, log, row);
        if (clustered) tellOtherInstances(row);
      });
    },
    receiptAdvanced(row) {
      announce(() => {
        deliverReceipt(row);
        if (!clustered) return;
        io.serverSideEmit('consultation:receipt', {
          municipalityId: row.municipalityId,
          consultationId: row.consultationId,
          userId: row.userId,
          readerRole: row.readerRole,
          deliveredSeq: row.deliveredSeq,
          readSeq: row.readSeq,
          updatedAt: row.updatedAt.toISOString(),
        });
      });
    },
    consultationChanged(change) {
      // Notices without content: the adapter may broadcast them to every instance.
      announce(() => {
        const notice = { consultationId: change.consultationId };
        const assignee = change.assigneeUserId ? [userRoom(change.assigneeUserId)] : [];
        if (change.audience === 'assignee') {
          if (assignee.length > 0) io.to(assignee).emit('consultation:changed', notice);
          return;
        }
        io.to([
          consultationRoom(change.consultationId),
          userRoom(change.personUserId),
          ...assignee,
        ]).emit('consultation:changed', notice);
        if (change.queue) io.to(queueRoom(change.municipalityId)).emit('queue:changed');
        io.to(careTeamRoom(change.municipalityId)).emit('crisis:changed');
      });
    },
  };
}

/** Whether `sockets` holds any socket not in `excluded`. */
function someOutside(sockets: Set<string>, excluded: Set<string> | undefined) {
  for (const id of sockets) if (!excluded?.has(id)) return true;
  return false;
}
