/**
 * Where a person's unsent messages wait on the device, without the outbox's checks of
 * what they hold: signing out clears them from every page, and only the chat reads them.
 */
/** The little of the Web Storage API the outbox needs, so tests can pass a fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One key per person and consultation: a shared phone never mixes two people's outboxes. */
export function outboxKey(userId: string, consultationId: string): string {
  return `yorisoi.outbox.v1.${userId}.${consultationId}`;
}

/** The part of Web Storage needed to find a person's outboxes. */
export interface EnumerableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

export function outboxKeysOf(storage: EnumerableStorage, userId: string): string[] {
  const prefix = `yorisoi.outbox.v1.${userId}.`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/**
 * How many messages of this person wait on this device, read without the outbox's checks
 * (which come with the chat's code): an entry the chat would drop as damaged is counted
 * too, so that signing out warns rather than stays silent. Synchronous, so that signing
 * out never waits for code to load.
 */
export function countUnsent(storage: EnumerableStorage, userId: string): number {
  let count = 0;
  for (const key of outboxKeysOf(storage, userId)) {
    try {
      const stored: unknown = JSON.parse(storage.getItem(key) ?? '[]');
      if (Array.isArray(stored)) count += stored.length;
    } catch {
      // Not JSON: nothing the chat could send.
    }
  }
  return count;
}

/**
 * Removes this person's unsent messages from the device. Called on sign-out, so that on
 * a shared phone the next person cannot read what was written (the person is warned first).
 */
export function clearOutboxesOf(storage: EnumerableStorage, userId: string): void {
  for (const key of outboxKeysOf(storage, userId)) storage.removeItem(key);
}
