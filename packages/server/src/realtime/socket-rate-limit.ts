import { AppError } from '../platform/errors.ts';
import { TokenBucket } from './token-bucket.ts';
import type { RealtimeSocket } from './socket-types.ts';

/**
 * Sending, typing, call invitations, and the rest of a call (accept, decline, hang up and
 * WebRTC signalling; never so tight that someone cannot end a call).
 */
export const limitedEvents = ['message', 'typing', 'call', 'signal'] as const;
export type LimitedEvent = (typeof limitedEvents)[number];

export type SocketRateLimits = Record<LimitedEvent, { perMinute: number; burst: number }>;

/**
 * Socket events bypass the HTTP rate limits, so they are limited here (a call invitation
 * rings and pushes to someone else's phone, so it is limited hardest): one
 * bucket per socket, and one per account (twice as large, for a phone and a computer at
 * once) so that opening more sockets buys nothing. Per instance, in memory: an account
 * spread over several instances gets each instance's allowance.
 */
export function createSocketRateLimiter(limits: SocketRateLimits) {
  const perSocket = new Map<string, TokenBucket>();
  const perAccount = new Map<string, TokenBucket>();
  let calls = 0;

  const bucket = (
    map: Map<string, TokenBucket>,
    key: string,
    event: LimitedEvent,
    scale: number,
    now: number,
  ) => {
    let found = map.get(key);
    if (!found) {
      const { perMinute, burst } = limits[event];
      found = new TokenBucket(burst * scale, perMinute * scale, now);
      map.set(key, found);
    }
    return found;
  };

  const prune = (now: number) => {
    for (const map of [perSocket, perAccount]) {
      for (const [key, value] of map) if (value.isFull(now)) map.delete(key);
    }
  };

  return {
    /** Takes a token from both buckets; false (and nothing taken from the account) if either is empty. */
    allow(
      { socketId, userId }: { socketId: string; userId: string },
      event: LimitedEvent,
      now: number,
    ): boolean {
      if (++calls % 1000 === 0) prune(now);
      if (!bucket(perSocket, `${event}:${socketId}`, event, 1, now).take(now)) return false;
      return bucket(perAccount, `${event}:${userId}`, event, 2, now).take(now);
    },
    forgetSocket(socketId: string) {
      for (const event of limitedEvents) perSocket.delete(`${event}:${socketId}`);
    },
  };
}

export type SocketRateLimiter = ReturnType<typeof createSocketRateLimiter>;

/** Refuses an event over the socket's or the account's limit before anything is done. */
export function admitOrRefuse(
  limiter: SocketRateLimiter,
  socket: RealtimeSocket,
  event: LimitedEvent,
  now: number,
): void {
  const admitted = limiter.allow(
    { socketId: socket.id, userId: socket.data.session.actor.userId },
    event,
    now,
  );
  if (!admitted) throw new AppError('RATE_LIMITED');
}
