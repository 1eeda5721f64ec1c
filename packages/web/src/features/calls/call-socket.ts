import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@yorisoi/shared';

export type CallSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * Calls keep a connection of their own for the whole signed-in session, so a call rings
 * on any page; the chat's connection comes and goes with the chat page.
 */
export function openCallSocket(): CallSocket {
  return io({ path: '/socket.io', withCredentials: true, autoConnect: false, forceNew: true });
}
