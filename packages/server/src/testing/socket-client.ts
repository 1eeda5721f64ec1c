import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents, TSocketError } from '@yorisoi/shared';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A Socket.IO client as a browser would open it: the session cookie, our Origin, and
 * (unless asked) no automatic reconnection, so a test decides when to reconnect.
 */
export function openSocket(
  url: string,
  cookie: string | null,
  options: { origin?: string; reconnection?: boolean } = {},
): TestSocket {
  return io(url, {
    transports: ['websocket'],
    reconnection: options.reconnection ?? false,
    forceNew: true,
    extraHeaders: {
      origin: options.origin ?? url,
      ...(cookie ? { cookie } : {}),
    },
  });
}

/** Connects, or rejects with the server's catalog error from the handshake. */
export function connectSocket(
  url: string,
  cookie: string | null,
  options: { origin?: string; reconnection?: boolean } = {},
): Promise<TestSocket> {
  const socket = openSocket(url, cookie, options);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { data?: TSocketError }) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the next `count` events of one name, in arrival order. */
export function nextEvents<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  count: number,
): Promise<Parameters<ServerToClientEvents[E]>[0][]> {
  const received: Parameters<ServerToClientEvents[E]>[0][] = [];
  return new Promise((resolve) => {
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      received.push(payload);
      if (received.length === count) {
        socket.off(event, listener as never);
        resolve(received);
      }
    };
    socket.on(event, listener as never);
  });
}
