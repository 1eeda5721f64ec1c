import { z } from 'zod';
import {
  maxAttachmentsPerMessage,
  ZClientMsgId,
  ZMessageText,
  type OutboxEntry,
  type OutboxStore,
} from '@yorisoi/shared';
import type { KeyValueStorage } from './outbox-keys.ts';

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
