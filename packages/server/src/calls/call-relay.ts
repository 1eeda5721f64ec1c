import zlib from 'node:zlib';
import type { FastifyBaseLogger } from 'fastify';
import type { ServerToClientEvents } from '@yorisoi/shared';
import { userRoom } from '../realtime/rooms.ts';
import type { CallRelayNote, RealtimeServer } from '../realtime/socket-types.ts';

type CallEvent = 'call:ringing' | 'call:state' | 'call:offer' | 'call:answer' | 'call:ice';
export type CallPayload<E extends CallEvent> = Parameters<ServerToClientEvents[E]>[0];

export interface CallRelay {
  /** Sends a call event to every socket of one user, on whichever instance it is. */
  toUser<E extends CallEvent>(userId: string, event: E, payload: CallPayload<E>): void;
}

/**
 * Call events go to a user's own room. This instance delivers to its sockets directly; the
 * others get the event through the adapter (PostgreSQL NOTIFY), deflated: a browser's SDP
 * is several kilobytes and NOTIFY takes 8,000 bytes, above which the adapter would park
 * the payload in a table. Deflated, an offer is about a third of that, and SDP is never
 * written anywhere.
 */
export function createCallRelay(
  io: RealtimeServer,
  log: FastifyBaseLogger,
  { clustered }: { clustered: boolean },
): CallRelay {
  const emitLocally = (userId: string, event: string, payload: unknown) => {
    (io.local.to(userRoom(userId)) as unknown as { emit(e: string, p: unknown): void }).emit(
      event,
      payload,
    );
  };

  io.on('call:relay', (note: CallRelayNote) => {
    try {
      const json = zlib.inflateRawSync(Buffer.from(note.data, 'base64')).toString('utf8');
      emitLocally(note.userId, note.event, JSON.parse(json));
    } catch (error) {
      log.error({ err: error }, 'call relay failed');
    }
  });

  return {
    toUser(userId, event, payload) {
      try {
        emitLocally(userId, event, payload);
        if (!clustered) return;
        const data = zlib.deflateRawSync(JSON.stringify(payload)).toString('base64');
        io.serverSideEmit('call:relay', { userId, event, data });
      } catch (error) {
        log.error({ err: error }, 'call relay failed');
      }
    },
  };
}
