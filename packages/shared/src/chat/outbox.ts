/** A file of a waiting message; its bytes wait on the device under the upload id. */
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

/**
 * Where the outbox is kept. `update` applies a change to the outbox as it is stored now
 * and returns the result: a browser's other tab of the same chat may have added or sent
 * messages meanwhile, and must not be overwritten.
 */
export interface OutboxStore {
  update(change: (outbox: readonly OutboxEntry[]) => OutboxEntry[]): OutboxEntry[];
}

/** An outbox held in memory only (tests, the server's test client). */
export function memoryOutboxStore(initial: readonly OutboxEntry[] = []): OutboxStore {
  let outbox = [...initial];
  return {
    update(change) {
      outbox = change(outbox);
      return outbox;
    },
  };
}

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
