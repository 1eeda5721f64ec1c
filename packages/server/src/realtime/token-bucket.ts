/**
 * A token bucket: `capacity` tokens, refilled at `perMinute` tokens a minute. Each event
 * takes one; with none left the event is refused. Time is passed in, so it is pure.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  private readonly capacity: number;
  private readonly perMinute: number;

  constructor(capacity: number, perMinute: number, now: number) {
    this.capacity = capacity;
    this.perMinute = perMinute;
    this.tokens = capacity;
    this.last = now;
  }

  take(now: number): boolean {
    const elapsed = Math.max(0, now - this.last);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.perMinute) / 60_000);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Full again, so it can be forgotten. */
  isFull(now: number): boolean {
    const elapsed = Math.max(0, now - this.last);
    return this.tokens + (elapsed * this.perMinute) / 60_000 >= this.capacity;
  }
}
