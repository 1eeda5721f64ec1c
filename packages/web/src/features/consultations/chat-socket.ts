import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@yorisoi/shared';

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
