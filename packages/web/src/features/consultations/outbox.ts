import { z } from 'zod';
import {
  maxAttachmentsPerMessage,
  ZClientMsgId,
  ZMessageText,
  type OutboxEntry,
  type OutboxStore,
} from '@yorisoi/shared';

/** The little of the Web Storage API the outbox needs, so tests can pass a fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const ZOutboxEntry = z
  .object({
    clientMsgId: ZClientMsgId,
    body: ZMessageText,
    createdAt: z.string(),
    files: z
      .array(
        z.object({
          clientUploadId: z.uuid(),
          mimeType: z.string(),
          size: z.number().int().min(0),
        }),
      )
      .max(maxAttachmentsPerMessage)
      .optional(),
  })
  .refine((e) => e.body.trim().length > 0 || (e.files?.length ?? 0) > 0);
const ZStoredOutbox = z.array(z.unknown());

/** One key per person and consultation: a shared phone never mixes two people's outboxes. */
export function outboxKey(userId: string, consultationId: string): string {
  return `yorisoi.outbox.v1.${userId}.${consultationId}`;
}

/** Reads what was stored; entries that cannot be sent as they are (corrupt, edited) are dropped. */
export function parseOutbox(raw: string | null): OutboxEntry[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  const list = ZStoredOutbox.safeParse(data);
  if (!list.success) return [];
  const entries: OutboxEntry[] = [];
  for (const item of list.data) {
    const entry = ZOutboxEntry.safeParse(item);
    if (entry.success && !entries.some((e) => e.clientMsgId === entry.data.clientMsgId)) {
      entries.push(entry.data);
    }
  }
  return entries;
}

export function loadOutbox(storage: KeyValueStorage, key: string): OutboxEntry[] {
  try {
    return parseOutbox(storage.getItem(key));
  } catch {
    return [];
  }
}

/** An empty outbox leaves nothing behind on the device. */
export function saveOutbox(
  storage: KeyValueStorage,
  key: string,
  outbox: readonly OutboxEntry[],
): void {
  if (outbox.length === 0) storage.removeItem(key);
  else storage.setItem(key, JSON.stringify(outbox));
}

/**
 * The outbox of one chat in Web Storage. Each change is applied to what is stored now, not
 * to a copy: another tab of the same chat may have added or sent messages meanwhile. What
 * leaves the outbox is passed to `removed` (its files can go too).
 */
export function storedOutbox(
  storage: KeyValueStorage,
  key: string,
  removed: (entries: readonly OutboxEntry[]) => void,
): OutboxStore {
  let held: OutboxEntry[] = [];
  return {
    update(change) {
      const stored = loadOutbox(storage, key);
      const current = stored.length > 0 ? stored : held;
      const next = change(current);
      const kept = new Set(next.map((e) => e.clientMsgId));
      const gone = current.filter((e) => !kept.has(e.clientMsgId));
      held = next;
      try {
        saveOutbox(storage, key, next);
      } catch {
        // Storage full or blocked: the message is still held in memory and sent.
      }
      if (gone.length > 0) removed(gone);
      return next;
    },
  };
}

/** The part of Web Storage needed to find a person's outboxes. */
export interface EnumerableStorage extends KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
}

function outboxKeysOf(storage: EnumerableStorage, userId: string): string[] {
  const prefix = `yorisoi.outbox.v1.${userId}.`;
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** How many messages of this person are written on this device but not yet sent. */
export function countUnsent(storage: EnumerableStorage, userId: string): number {
  return outboxKeysOf(storage, userId).reduce(
    (sum, key) => sum + loadOutbox(storage, key).length,
    0,
  );
}

/**
 * Removes this person's unsent messages from the device. Called on sign-out, so that on
 * a shared phone the next person cannot read what was written (the person is warned first).
 */
export function clearOutboxesOf(storage: EnumerableStorage, userId: string): void {
  for (const key of outboxKeysOf(storage, userId)) storage.removeItem(key);
}
