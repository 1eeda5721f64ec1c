import { z } from 'zod';
import { ZClientMsgId, ZMessageBody } from '@yorisoi/shared';

/** A message written on this device and not yet acknowledged by the server. */
export interface OutboxEntry {
  clientMsgId: string;
  body: string;
  createdAt: string;
}

/** The little of the Web Storage API the outbox needs, so tests can pass a fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const ZOutboxEntry = z.object({
  clientMsgId: ZClientMsgId,
  body: ZMessageBody,
  createdAt: z.string(),
});
const ZStoredOutbox = z.array(z.unknown());

/** One key per person and consultation: a shared phone never mixes two people's outboxes. */
export function outboxKey(userId: string, consultationId: string): string {
  return `yorisoi.outbox.v1.${userId}.${consultationId}`;
}

export function newOutboxEntry(body: string, now: Date, clientMsgId: string): OutboxEntry {
  return { clientMsgId, body, createdAt: now.toISOString() };
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
