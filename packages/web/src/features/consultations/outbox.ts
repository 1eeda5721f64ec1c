import { z } from 'zod';
import { maxAttachmentsPerMessage, ZClientMsgId, ZMessageText } from '@yorisoi/shared';
import type { KeyValueStorage } from './outbox-keys.ts';

/** A file of a waiting message; its bytes wait in IndexedDB under the upload id. */
export interface OutboxFile {
  clientUploadId: string;
  mimeType: string;
  size: number;
}

/** A message written on this device and not yet acknowledged by the server. */
export interface OutboxEntry {
  clientMsgId: string;
  body: string;
  createdAt: string;
  files?: OutboxFile[] | undefined;
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

export function newOutboxEntry(
  body: string,
  now: Date,
  clientMsgId: string,
  files: OutboxFile[] = [],
): OutboxEntry {
  return {
    clientMsgId,
    body,
    createdAt: now.toISOString(),
    ...(files.length > 0 ? { files } : {}),
  };
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

export function addToOutbox(outbox: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  if (outbox.some((e) => e.clientMsgId === entry.clientMsgId)) return [...outbox];
  return [...outbox, entry];
}

export function removeFromOutbox(
  outbox: readonly OutboxEntry[],
  clientMsgIds: Iterable<string>,
): OutboxEntry[] {
  const gone = new Set(clientMsgIds);
  return outbox.filter((e) => !gone.has(e.clientMsgId));
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
