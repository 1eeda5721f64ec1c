import { io, type Socket } from 'socket.io-client';
import {
  socketChatTransport,
  type ChatTransport,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@yorisoi/shared';

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The real-time channel on our own origin, authenticated by the session cookie. It is
 * connected by the chat, not here, so a chat that is offline never tries.
 */
export function openChatSocket(): ChatSocket {
  return io({ path: '/socket.io', withCredentials: true, autoConnect: false });
}

/** The catalog code a refused handshake carries in `data`, if any. */
export function handshakeRefusal(error: unknown): string | null {
  const data = (error as { data?: { error?: { code?: unknown } } } | null)?.data;
  const code = data?.error?.code;
  return typeof code === 'string' ? code : null;
}

const ackTimeoutMs = 10_000;

/** The chat's requests over the socket; each waits for its acknowledgement at most 10 s. */
export function socketTransport(socket: ChatSocket, consultationId: string): ChatTransport {
  const ask = () => socket.timeout(ackTimeoutMs);
  return socketChatTransport(
    {
      join: (payload) => ask().emitWithAck('consultation:join', payload),
      sync: (payload) => ask().emitWithAck('consultation:sync', payload),
      send: (payload) => ask().emitWithAck('message:send', payload),
      markReceipt: (payload) => ask().emitWithAck('receipt:mark', payload),
    },
    consultationId,
  );
}
