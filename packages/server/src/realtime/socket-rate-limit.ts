import { TokenBucket } from './token-bucket.ts';

export type LimitedEvent = 'message' | 'typing';

export interface SocketRateLimits {
  message: { perMinute: number; burst: number };
  typing: { perMinute: number; burst: number };
}

/**
 * Socket events bypass the HTTP rate limits, so sending and typing are limited here: one
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
      perSocket.delete(`message:${socketId}`);
      perSocket.delete(`typing:${socketId}`);
    },
  };
}

export type SocketRateLimiter = ReturnType<typeof createSocketRateLimiter>;
